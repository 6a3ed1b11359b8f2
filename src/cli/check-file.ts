// Checks one workbook file end to end: bytes → Grids → reports, and with --fix a corrected copy.
// Every failure becomes a FileResult naming the file (or a sheet error naming the sheet), so the
// batch goes on.
import { readFileSync } from "node:fs";
import { checkGrid, type FormReport, type Lang } from "../model";
import type { FileErrorCode, FileResult, SheetError } from "./batch-result";
import { msg, type MessageKey } from "./messages";
import { readWorkbook, type LoadFailure } from "./read-workbook";
import { withCopyExtension } from "./output-paths";
import { CopyError, writeFixedCopy } from "./write-copy";

/** Checks one file; with an output path it also writes the corrected copy (the returned output may differ: a .xls gets an .xlsx copy). */
export async function checkFile(file: string, lang: Lang, output?: string): Promise<FileResult> {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: files are checked one after another, and an async read of a small
    // workbook costs four event-loop round trips (open, stat, read, close), a third of a batch's time.
    bytes = readFileSync(file);
  } catch (error) {
    return failed(file, "read-failed", msg(lang, "fileReadFailed", { file, detail: detailOf(error) }), output);
  }
  const read = readWorkbook(bytes, file);
  if (!read.ok) {
    const { code, key } = describeLoadFailure(read.failure);
    return failed(file, code, msg(lang, key, { file, detail: read.detail }), output);
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
      return { ...failed(file, "check-failed", message, output), sheetErrors };
    }
  }
  if (output === undefined) return { file, error: null, errorCode: null, sheetErrors, forms };
  try {
    const written = await writeFixedCopy({ bytes, format: read.format }, forms, output);
    return { file, error: null, errorCode: null, output: written.output, sheetErrors, forms };
  } catch (error) {
    // What the workbook itself prevents is said in the user's language; anything else as the system says it.
    const detail = error instanceof CopyError ? msg(lang, error.key, error.params) : detailOf(error);
    const out = withCopyExtension(output, read.format);
    const message = msg(lang, "fileWriteFailed", { file, out, detail });
    return { file, error: message, errorCode: "write-failed", output: null, sheetErrors, forms };
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

function failed(file: string, code: FileErrorCode, message: string, output: string | undefined): FileResult {
  const result: FileResult = { file, error: message, errorCode: code, sheetErrors: [], forms: [] };
  if (output !== undefined) result.output = null;
  return result;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
