// The report written as the batch runs, file by file, so nothing waits for the end: the table
// (formatFile blocks, then the summary) or the JSON document, byte for byte what formatTable and
// formatJson print for the whole batch at once.
import type { Lang } from "../model";
import type { BatchSummary, ExitCode, FileResult, SkippedFile } from "./batch-result";
import type { FileNote } from "./batch";
import { formatFile, formatSkipped, formatSummary } from "./format-table";
import { msg } from "./messages";
import { escapeTerminal } from "./terminal-text";

/** Where the report goes: a write that may be a no-op once the reader has gone. */
export interface ReportOutput {
  write(text: string): unknown;
}

/** Writes the report piece by piece: each file as it comes, then the end. */
export interface ReportStream {
  file(result: FileResult, note: FileNote): void;
  end(skipped: SkippedFile[], summary: BatchSummary, exitCode: ExitCode): void;
}

/** The table, one file block at a time (blocks separated by a blank line, as formatTable). */
export function tableStream(out: ReportOutput, lang: Lang): ReportStream {
  return {
    file(result, note) {
      const lines = formatFile(result, lang);
      if (note.numberedFrom !== undefined && result.output) {
        lines.push(escapeTerminal(msg(lang, "copyNumbered", { planned: note.numberedFrom, out: result.output })));
      }
      out.write(`${lines.join("\n")}\n\n`);
    },
    end(skipped, summary) {
      out.write(`${[...formatSummary(summary, lang), ...formatSkipped(skipped, lang)].join("\n")}\n`);
    },
  };
}

/** The JSON document {"files":[…],"skipped":…,"summary":…,"exitCode":…}, each file written as it comes. */
export function jsonStream(out: ReportOutput): ReportStream {
  let count = 0;
  out.write('{\n  "files": [');
  return {
    file(result) {
      out.write(`${count === 0 ? "\n" : ",\n"}${indent(JSON.stringify(orderedFile(result), null, 2), "    ")}`);
      count++;
    },
    end(skipped, summary, exitCode) {
      const close = count === 0 ? "]" : "\n  ]";
      const rest = [
        `"skipped": ${indent(JSON.stringify(skipped, null, 2), "  ").trimStart()}`,
        `"summary": ${indent(JSON.stringify(summary, null, 2), "  ").trimStart()}`,
        `"exitCode": ${exitCode}`,
      ];
      out.write(`${close},\n${rest.map((r) => `  ${r}`).join(",\n")}\n}\n`);
    },
  };
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

// The key order of formatJson: file, error, errorCode, output (only with --fix), sheetErrors, forms.
function orderedFile(file: FileResult): FileResult {
  const head = { file: file.file, error: file.error, errorCode: file.errorCode };
  const tail = { sheetErrors: file.sheetErrors, forms: file.forms };
  return file.output === undefined ? { ...head, ...tail } : { ...head, output: file.output, ...tail };
}
