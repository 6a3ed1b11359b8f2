// The --json output: the files[].file/error/forms wrapper with FormReports inside, what the
// folder walks skipped, plus the summary and exit status so scripts need not recount.
import type { BatchResult, ExitCode, FileResult } from "./batch-result";

/** Serialises the batch with a stable key order: files, skipped, summary, exitCode; per file file, error, errorCode, output, sheetErrors, forms. */
export function formatJson(result: BatchResult, exitCode: ExitCode): string {
  const files = result.files.map(orderedFile);
  return `${JSON.stringify({ files, skipped: result.skipped, summary: result.summary, exitCode }, null, 2)}\n`;
}

function orderedFile(file: FileResult): FileResult {
  const head = { file: file.file, error: file.error, errorCode: file.errorCode };
  const tail = { sheetErrors: file.sheetErrors, forms: file.forms };
  return file.output === undefined ? { ...head, ...tail } : { ...head, output: file.output, ...tail };
}
