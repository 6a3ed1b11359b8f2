// The --json output: the files[].file/error/forms wrapper with FormReports inside, plus
// the summary and exit status so scripts need not recount.
import type { BatchResult, ExitCode, FileResult } from "./batch-result";

/** Serialises the batch with a stable key order (file, error, errorCode, output, forms) per file. */
export function formatJson(result: BatchResult, exitCode: ExitCode): string {
  const files = result.files.map(orderedFile);
  return `${JSON.stringify({ files, summary: result.summary, exitCode }, null, 2)}\n`;
}

function orderedFile(file: FileResult): FileResult {
  const head = { file: file.file, error: file.error, errorCode: file.errorCode };
  return file.output === undefined ? { ...head, forms: file.forms } : { ...head, output: file.output, forms: file.forms };
}
