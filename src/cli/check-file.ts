// Checks one workbook file end to end: bytes → workbook → grids → reports, and with --fix a
// corrected copy. Every failure becomes a FileResult naming the file, so the batch goes on.
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { checkGrid, type FormReport, type Lang } from "../model";
import type { FileErrorCode, FileResult } from "./batch-result";
import { msg, type MessageKey } from "./messages";
import { loadWorkbook, workbookToGrids, type LoadFailure } from "./read-workbook";
import { applyFixes } from "./write-fixes";

/** Checks one file; with an output path it also writes the corrected copy there. */
export async function checkFile(file: string, lang: Lang, output?: string): Promise<FileResult> {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: files are checked one after another, and an async read of a small
    // workbook costs four event-loop round trips (open, stat, read, close), a third of a batch's time.
    bytes = readFileSync(file);
  } catch (error) {
    return failed(file, "read-failed", msg(lang, "fileReadFailed", { file, detail: detailOf(error) }), output);
  }
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) {
    const { code, key } = describeLoadFailure(loaded.failure, file);
    return failed(file, code, msg(lang, key, { file, detail: loaded.detail }), output);
  }
  const forms: FormReport[] = [];
  for (const grid of workbookToGrids(loaded.workbook)) {
    try {
      forms.push(...checkGrid(grid, { lang }));
    } catch (error) {
      const detail = detailOf(error);
      return failed(file, "check-failed", msg(lang, "fileCheckFailed", { file, sheet: grid.sheet, detail }), output);
    }
  }
  if (output === undefined) return { file, error: null, errorCode: null, forms };
  try {
    await writeCopy(loaded.workbook, bytes, forms, output);
  } catch (error) {
    const message = msg(lang, "fileWriteFailed", { file, out: output, detail: detailOf(error) });
    return { file, error: message, errorCode: "write-failed", output: null, forms };
  }
  return { file, error: null, errorCode: null, output, forms };
}

/** Maps a load failure to its error code and message; an OLE file is legacy when named .xls, else encrypted. */
export function describeLoadFailure(failure: LoadFailure, file: string): { code: FileErrorCode; key: MessageKey } {
  switch (failure) {
    case "empty":
      return { code: "not-xlsx", key: "fileEmpty" };
    case "ole":
      return /\.xls$/i.test(file) ? { code: "legacy-xls", key: "fileLegacyXls" } : { code: "encrypted", key: "fileEncrypted" };
    case "not-zip":
      return { code: "not-xlsx", key: "fileNotZip" };
    case "not-workbook":
      return { code: "not-xlsx", key: "fileNotWorkbook" };
    case "corrupt":
      return { code: "corrupt", key: "fileCorrupt" };
  }
}

// A workbook the fixes leave untouched is copied byte for byte: ExcelJS's rewrite would drop what it does not model.
async function writeCopy(workbook: ExcelJS.Workbook, original: Buffer, forms: FormReport[], output: string): Promise<void> {
  const counts = applyFixes(workbook, forms);
  await fs.mkdir(path.dirname(output), { recursive: true });
  if (counts.formulas === 0 && counts.filled === 0) {
    await fs.writeFile(output, original);
    return;
  }
  const data = await workbook.xlsx.writeBuffer();
  await fs.writeFile(output, new Uint8Array(data as ArrayBuffer));
}

function failed(file: string, code: FileErrorCode, message: string, output: string | undefined): FileResult {
  const result: FileResult = { file, error: message, errorCode: code, forms: [] };
  if (output !== undefined) result.output = null;
  return result;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
