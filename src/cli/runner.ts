// The heavy half of the command (ExcelJS, the engine, the printers), kept apart from main.ts so
// --help and usage errors answer without loading it.
export { runBatch, UsageError } from "./batch";
export { formatJson } from "./format-json";
export { formatTable } from "./format-table";
