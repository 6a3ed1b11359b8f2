// The shape of a batch's outcome (what --json prints) and the exit status derived from it.
import type { FormReport } from "../model";

/** Why a file produced no (complete) result; stable for scripts, unlike the translated message. */
export type FileErrorCode =
  | "not-found"
  | "read-failed"
  | "legacy-xls"
  | "encrypted"
  | "not-xlsx"
  | "corrupt"
  | "check-failed"
  | "write-failed";

/** One input file: its reports, or why it could not be checked (then error names the file and forms is empty). */
export interface FileResult {
  /** The path as given on the command line (or found under a given folder). */
  file: string;
  error: string | null;
  errorCode: FileErrorCode | null;
  /** Where --fix wrote the corrected copy; absent without --fix, null when nothing was written. */
  output?: string | null;
  forms: FormReport[];
}

/** Counts over the whole batch, for the summary line. */
export interface BatchSummary {
  files: number;
  failed: number;
  forms: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface BatchResult {
  files: FileResult[];
  summary: BatchSummary;
}

/** 0: no error-severity finding; 1: some error-severity finding; 2: a file failed or an argument was bad. */
export type ExitCode = 0 | 1 | 2;

/** Counts files, failures, forms and findings by severity. */
export function summarize(files: FileResult[]): BatchSummary {
  const summary: BatchSummary = { files: files.length, failed: 0, forms: 0, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    if (file.error !== null) summary.failed++;
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

/** The process exit status a summary calls for: file failures outrank findings. */
export function exitCodeFor(summary: BatchSummary): ExitCode {
  if (summary.failed > 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
