// --fix: writes the corrected copy of one workbook. The fix cells and fills go into the input's own
// package at the XML level (patch-package.ts), so everything else in the copy is the input.
import * as XLSX from "@e965/xlsx";
import type { FormReport, Lang } from "../model";
import { addNotes } from "./review/notes";
import { withCopyExtension } from "./output-paths";
import { decodeMarkup } from "./read-workbook";
import { patchPackage, type CopyError as CopyErrorClass } from "./patch-package";
import { isOpenXml, type WorkbookFormat } from "./workbook-format";
import { packagePlan } from "./write-fixes";
import { writeFileSafely } from "./safe-write";

/** True for the CopyError of patch-package.ts (what the workbook itself prevents), without loading it. */
export function isCopyError(error: unknown): error is CopyErrorClass {
  return error instanceof Error && error.name === "CopyError";
}

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
  /** Cells that got a note (批注) with their findings. */
  notes: number;
}

/** How the copy is annotated: with `notes`, every cell with a finding gets a note worded in that language. */
export interface CopyOptions {
  notes?: Lang;
}

/** A corrected copy built in memory: where it is meant to go and its bytes, not yet on disk. */
export interface BuiltCopy extends FixedCopy {
  bytes: Uint8Array;
}

/**
 * Builds the corrected copy of one workbook without touching the disk (a worker builds it, the
 * main thread writes it). Open XML inputs (.xlsx/.xlsm/.xltx) are patched in place, so macros,
 * protection, print settings, charts and custom properties survive; .xls, .et, .ods and HTML inputs
 * become an .xlsx through SheetJS and are then patched the same way. The output's extension is
 * replaced by the copy's (表.xls → 表.xlsx). Throws (a CopyError for what the workbook itself
 * prevents) when the copy cannot be built.
 */
export async function buildFixedCopy(
  source: CopySource,
  forms: FormReport[],
  output: string,
  options: CopyOptions = {},
): Promise<BuiltCopy> {
  const { plan, formulas, filled } = packagePlan(forms);
  // The review itself travels in the copy: a classic note on every cell with a finding (src/cli/review/notes.ts).
  const notes = options.notes === undefined ? 0 : addNotes(plan, forms, options.notes);
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
  return { output: target, bytes, formulas, filled, notes };
}

/** Builds the corrected copy and writes it to its target, replacing what is there (the batch writes through writeFileSafely itself). */
export async function writeFixedCopy(
  source: CopySource,
  forms: FormReport[],
  output: string,
  options: CopyOptions = {},
): Promise<FixedCopy> {
  const { bytes, ...copy } = await buildFixedCopy(source, forms, output, options);
  await writeOutputFile(copy.output, bytes);
  return copy;
}

/** Writes a copy's bytes: temporary file, flush, rename (safe-write.ts), so the name never holds half a copy. */
export async function writeOutputFile(file: string, bytes: Uint8Array): Promise<void> {
  await writeFileSafely(file, bytes, { overwrite: true, inputs: [] });
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
