// The shape of a batch's outcome (what --json prints) and the exit status derived from it.
import type { FormReport } from "../model";

/**
 * Why a file produced no (complete) result; stable for scripts, unlike the translated message.
 * "not-spreadsheet" (an empty file, random bytes, a PDF, a zip or OLE file without a workbook)
 * replaced "not-xlsx", and "legacy-xls" is gone: .xls, .et and .ods are read now. "not-a-file": a
 * path given on the command line that is a FIFO, device or socket (never opened: reading one blocks
 * or never ends).
 */
export type FileErrorCode =
  | "not-found"
  | "not-a-file"
  | "read-failed"
  | "encrypted"
  | "not-spreadsheet"
  | "corrupt"
  | "check-failed"
  | "write-failed"
  // Limits (limits.ts): a file, zip entry or inflated package too large; too many cells; over the
  // per-file time budget; over the worker's memory ceiling.
  | "too-large"
  | "too-many-cells"
  | "timeout"
  | "out-of-memory";

/** One input file: its reports, or why it could not be checked (then error names the file and forms is empty). */
export interface FileResult {
  /** The path as given on the command line (or found under a given folder). */
  file: string;
  error: string | null;
  errorCode: FileErrorCode | null;
  /** Where --fix wrote the corrected copy; absent without --fix, null when nothing was written. */
  output?: string | null;
  /** Sheets of a readable workbook that could not be parsed (the other sheets were checked); [] when none. */
  sheetErrors: SheetError[];
  forms: FormReport[];
}

/** A worksheet that could not be read: its name and the translated reason. */
export interface SheetError {
  sheet: string;
  error: string;
}

/** A path a folder walk passed over, with a stable reason code. */
export interface SkippedFile {
  file: string;
  /**
   * "lock-file" (~$…, .~…), "not-a-workbook-name" (an extension perf-check does not read), "output-folder"
   * (--fix's own output), "special-file" (a FIFO, device or socket, or a symlink to one: never opened),
   * "linked-folder" (a symlink to a folder inside a walked folder: not followed, so links cannot loop).
   */
  reason: SkipReason;
}

export type SkipReason = "lock-file" | "not-a-workbook-name" | "output-folder" | "special-file" | "linked-folder";

/** Counts over the whole batch, for the summary line. */
export interface BatchSummary {
  /** Input files: checked + failed. */
  files: number;
  /** Files that were read and checked (some of their sheets may still have failed, see sheetErrors). */
  checked: number;
  /** Files that could not be checked (not found, unreadable, corrupt, over a limit…). */
  failed: number;
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Sheets that could not be read, over all files that could. */
  sheetErrors: number;
  /** Paths the folder walks passed over. */
  skipped: number;
}

export interface BatchResult {
  files: FileResult[];
  /** What the folder walks passed over and why, in walk order. */
  skipped: SkippedFile[];
  summary: BatchSummary;
}

/** 0: no error-severity finding; 1: some error-severity finding; 2: a file or sheet failed, no file was found, or an argument was bad. */
export type ExitCode = 0 | 1 | 2;

/** Counts files, failures, unreadable sheets, skipped paths, forms and findings by severity. */
export function summarize(files: FileResult[], skipped: SkippedFile[] = []): BatchSummary {
  const summary: BatchSummary = {
    files: files.length,
    checked: 0,
    failed: 0,
    forms: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    sheetErrors: 0,
    skipped: skipped.length,
  };
  for (const file of files) {
    if (file.error !== null) summary.failed++;
    else summary.checked++;
    summary.sheetErrors += file.sheetErrors.length;
    summary.forms += file.forms.length;
    for (const form of file.forms) {
      for (const finding of form.findings) {
        if (finding.severity === "error") summary.errors++;
        else if (finding.severity === "warning") summary.warnings++;
        else summary.infos++;
      }
    }
  }
  return summary;
}

/**
 * The process exit status a summary calls for: file and sheet failures outrank findings (skipped paths
 * do not count), and a run that checked no file at all is not a clean result: "0 errors in 0 files"
 * usually means a wrong path or an --out folder equal to the input.
 */
export function exitCodeFor(summary: BatchSummary): ExitCode {
  if (summary.failed > 0 || summary.sheetErrors > 0 || summary.checked === 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
