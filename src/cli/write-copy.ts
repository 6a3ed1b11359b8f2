// --fix: writes the corrected copy of one workbook. The fix cells and fills go into the input's own
// package at the XML level (patch-package.ts), so everything else in the copy is the input.
import { promises as fs } from "node:fs";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import type { FormReport } from "../model";
import { withCopyExtension } from "./output-paths";
import { decodeMarkup } from "./read-workbook";
import { CopyError, patchPackage } from "./patch-package";
import { isOpenXml, type WorkbookFormat } from "./workbook-format";
import { packagePlan } from "./write-fixes";

export { CopyError };

/** The input as read: its bytes and what its content turned out to be. */
export interface CopySource {
  bytes: Buffer;
  format: WorkbookFormat;
}

/** What writeFixedCopy wrote: the copy's real path (its extension follows the format) and what changed. */
export interface FixedCopy {
  output: string;
  formulas: number;
  filled: number;
}

/**
 * Writes the corrected copy of one workbook. Open XML inputs (.xlsx/.xlsm/.xltx) are patched in
 * place, so macros, protection, print settings, charts and custom properties survive; .xls, .et,
 * .ods and HTML inputs become an .xlsx through SheetJS and are then patched the same way. The
 * output's extension is replaced by the copy's (表.xls → 表.xlsx). Throws (a CopyError for what the
 * workbook itself prevents) when the copy cannot be written.
 */
export async function writeFixedCopy(source: CopySource, forms: FormReport[], output: string): Promise<FixedCopy> {
  const { plan, formulas, filled } = packagePlan(forms);
  const target = withCopyExtension(output, source.format);
  let bytes: Buffer;
  if (isOpenXml(source.format)) {
    // Nothing to write: the copy is the input, byte for byte.
    bytes = plan.size === 0 ? source.bytes : await patchPackage(source.bytes, plan);
  } else {
    // Always converted, even with nothing to patch: the copy is named .xlsx and must be one.
    const converted = toXlsx(source);
    bytes = plan.size === 0 ? converted : await patchPackage(converted, plan);
  }
  await writeOutputFile(target, bytes);
  return { output: target, formulas, filled };
}

/**
 * The one place the copy reaches the disk (so an atomic write can replace it later): creates the
 * folder and writes the bytes.
 */
export async function writeOutputFile(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
}

// Reads a non-Open-XML workbook with SheetJS and writes it as .xlsx: values, cached formula results,
// formulas, number formats, merges and column widths carry over (SheetJS does not write cell styles).
// Markup is decoded exactly as the reader decodes it (GBK exports), and HTML cells stay the text they
// show, so the copy holds what was checked and the fix cells land where the reader saw them.
function toXlsx(source: CopySource): Buffer {
  const options = { cellFormula: true, cellNF: true, cellStyles: true, cellDates: false };
  const workbook =
    source.format === "html" || source.format === "xml"
      ? XLSX.read(decodeMarkup(source.bytes), { ...options, type: "string", raw: source.format === "html" })
      : XLSX.read(source.bytes, { ...options, type: "buffer" });
  return XLSX.write(workbook, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
}

