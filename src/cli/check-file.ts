// Checks one workbook file end to end: bytes → Grids → reports, and with --fix the corrected copy's
// bytes. Runs in a worker thread (worker.ts) or, for tests with a stand-in engine, in the main
// thread. Every failure becomes a FileResult naming the file (or a sheet error naming the sheet),
// so the batch goes on. Nothing here writes to the disk: the main thread writes every copy.
import { checkGrid, type FormReport, type Lang } from "../model";
import type { FileErrorCode, FileResult, SheetError } from "./batch-result";
import { failedResult, limitResult } from "./file-failure";
import { DEFAULT_LIMITS, LimitError, type Limits } from "./limits";
import { msg, type MessageKey } from "./messages";
import { withCopyExtension } from "./output-paths";
import { readWorkbook, type LoadFailure } from "./read-workbook";
import { NotRegularFileError, readInputFile } from "./safe-read";
import { buildFixedCopy, isCopyError, type BuiltCopy } from "./write-copy";

/** One file to check: with output (the planned copy path) the corrected copy is built too. */
export interface FileJob {
  file: string;
  lang: Lang;
  output?: string;
  limits?: Limits;
}

/** A checked file: its result (output still null) and, with --fix, the copy to write. */
export interface FileOutcome {
  result: FileResult;
  copy: BuiltCopy | null;
}

/** Reads, checks and (with an output path) builds the corrected copy of one file, under the limits. */
export async function checkOneFile(job: FileJob): Promise<FileOutcome> {
  const { file, lang, output } = job;
  const limits = job.limits ?? DEFAULT_LIMITS;
  const none = (result: FileResult): FileOutcome => ({ result, copy: null });
  let bytes: Buffer;
  try {
    bytes = readInputFile(file, limits.maxFileBytes);
  } catch (error) {
    if (error instanceof LimitError) return none(limitResult(file, error, lang, output));
    if (error instanceof NotRegularFileError) {
      return none(failedResult(file, "not-a-file", msg(lang, "fileNotAFile", { file, detail: error.kind }), output));
    }
    const code = (error as NodeJS.ErrnoException).code === "ENOENT" ? "not-found" : "read-failed";
    const message =
      code === "not-found" ? msg(lang, "fileNotFound", { file }) : msg(lang, "fileReadFailed", { file, detail: detailOf(error) });
    return none(failedResult(file, code, message, output));
  }
  let read;
  try {
    read = readWorkbook(bytes, file, limits);
  } catch (error) {
    if (error instanceof LimitError) return none(limitResult(file, error, lang, output));
    throw error;
  }
  if (!read.ok) {
    const { code, key } = describeLoadFailure(read.failure);
    return none(failedResult(file, code, msg(lang, key, { file, detail: read.detail }), output));
  }
  const forms: FormReport[] = [];
  const sheetErrors: SheetError[] = [];
  for (const sheet of read.sheets) {
    if (!sheet.ok) {
      sheetErrors.push({ sheet: sheet.sheet, error: msg(lang, "sheetReadFailed", { sheet: sheet.sheet, detail: sheet.detail }) });
      continue;
    }
    try {
      forms.push(...checkGrid(sheet.grid, { lang }));
    } catch (error) {
      const detail = detailOf(error);
      const message = msg(lang, "fileCheckFailed", { file, sheet: sheet.grid.sheet, detail });
      return none({ ...failedResult(file, "check-failed", message, output), sheetErrors });
    }
  }
  if (output === undefined) return none({ file, error: null, errorCode: null, sheetErrors, forms });
  try {
    const copy = await buildFixedCopy({ bytes, format: read.format }, forms, output, { notes: lang });
    return { result: { file, error: null, errorCode: null, output: null, sheetErrors, forms }, copy };
  } catch (error) {
    // What the workbook itself prevents is said in the user's language; anything else as the system says it.
    const detail = isCopyError(error) ? msg(lang, error.key, error.params) : detailOf(error);
    const out = withCopyExtension(output, read.format);
    const message = msg(lang, "fileWriteFailed", { file, out, detail });
    return none({ file, error: message, errorCode: "write-failed", output: null, sheetErrors, forms });
  }
}

/** Maps a load failure to its error code and message. */
export function describeLoadFailure(failure: LoadFailure): { code: FileErrorCode; key: MessageKey } {
  switch (failure) {
    case "empty":
      return { code: "not-spreadsheet", key: "fileEmpty" };
    case "encrypted":
      return { code: "encrypted", key: "fileEncrypted" };
    case "not-spreadsheet":
      return { code: "not-spreadsheet", key: "fileNotSpreadsheet" };
    case "not-workbook":
      return { code: "not-spreadsheet", key: "fileNotWorkbook" };
    case "corrupt":
      return { code: "corrupt", key: "fileCorrupt" };
  }
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
