// The heavy half of the command (the batch, its worker pool and the printers), kept apart from
// main.ts so --help and usage errors answer without loading it. The reader and the engine are not
// loaded here at all: they run in the workers (dist-cli/worker.js).
export { addCounts, BatchInterrupted, runBatch, streamBatch, UsageError } from "./batch";
export { summarize } from "./batch-result";
export { formatJson } from "./format-json";
export { formatTable } from "./format-table";
export { jsonStream, tableStream } from "./report-stream";
export { createOutput } from "./output-stream";
export { removeTemporaries } from "./safe-write";

/** The --report/--html writers, loaded only when asked for (dist-cli/review.js; ExcelJS is most of it). */
export function loadReview(): Promise<typeof import("./review")> {
  return import("./review.js");
}
