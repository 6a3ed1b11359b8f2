// The FileResult of a file that produced no result, shared by the checker (worker.ts) and the
// batch (main thread, for timeouts and crashed workers) without pulling the reader into the latter.
import type { Lang } from "../model";
import type { FileErrorCode, FileResult } from "./batch-result";
import type { LimitError } from "./limits";
import { msg } from "./messages";

/** A file that produced no result: its code and message, no forms (output null under --fix). */
export function failedResult(file: string, code: FileErrorCode, message: string, output: string | undefined): FileResult {
  const result: FileResult = { file, error: message, errorCode: code, sheetErrors: [], forms: [] };
  if (output !== undefined) result.output = null;
  return result;
}

/** The result of a file over a limit: the limit's code and a message naming the file and the limit. */
export function limitResult(file: string, error: LimitError, lang: Lang, output: string | undefined): FileResult {
  return failedResult(file, error.code, msg(lang, error.key, { file, ...error.params }), output);
}
