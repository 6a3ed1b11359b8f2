// --report FILE.xlsx (复核汇总.xlsx): the summary a reviewer keeps. One sheet with a row per form, one with
// every finding (filterable), one with the batch's counts. Written as the batch runs with ExcelJS's streaming
// WorkbookWriter: form rows go straight into the package; finding rows wait in a temporary JSON-lines file
// until the forms sheet is closed (a second sheet written at the same time would sit in memory until the
// first one's zip entry ends), so a batch of any size is never held in memory, let alone twice.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { createInterface } from "node:readline";
import ExcelJS from "exceljs";
import { HIGHLIGHT_FILLS, SEVERITY_NAMES, type Lang } from "../../model";
import type { BatchSummary, FileResult } from "../batch-result";
import {
  FINDING_COLUMNS,
  findingColumnLabel,
  findingRows,
  FORM_COLUMNS,
  formColumnLabel,
  formRows,
  summaryPairs,
  word,
  type FindingColumn,
  type FindingRow,
  type FormColumn,
  type FormRow,
} from "./rows";

/** A report written as the batch runs: add each file's result in input order, then finish once. */
export interface ReviewReport {
  add(result: FileResult): Promise<void>;
  finish(summary: BatchSummary): Promise<void>;
}

// Widths in characters (a CJK character counts about two): file and message columns wide, counts narrow.
const FORM_WIDTHS: Record<FormColumn, number> = {
  file: 36,
  sheet: 12,
  project: 30,
  department: 22,
  implementer: 22,
  "execRate:entered": 11,
  "execRate:computed": 11,
  "execScore:entered": 11,
  "execScore:computed": 11,
  "total:entered": 10,
  "total:computed": 10,
  "grade:entered": 8,
  "grade:computed": 8,
  error: 7,
  warning: 7,
  info: 7,
  copy: 30,
  remarks: 40,
};
const FINDING_WIDTHS: Record<FindingColumn, number> = { file: 36, sheet: 12, cell: 8, title: 22, severity: 8, message: 80, rule: 22 };

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDE4EE" } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FF1F2D3D" } };
const HEADER_BORDER: Partial<ExcelJS.Borders> = { bottom: { style: "thin", color: { argb: "FF8896AB" } } };
// The pane's and the copies' colours for the severity cell: a reviewer sees the same red and yellow everywhere.
const SEVERITY_FILL: Partial<Record<string, ExcelJS.Fill>> = {
  error: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HIGHLIGHT_FILLS.error}` } },
  warning: { type: "pattern", pattern: "solid", fgColor: { argb: `FF${HIGHLIGHT_FILLS.warning}` } },
};

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.border = HEADER_BORDER;
    cell.alignment = { vertical: "middle", wrapText: true };
  });
  row.height = 30;
}

function columnLetter(n: number): string {
  let s = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}

/** The value of one forms-table cell: numbers stay numbers (sortable, filterable), the link a hyperlink. */
function formCell(row: FormRow, column: FormColumn): ExcelJS.CellValue {
  switch (column) {
    case "file":
    case "sheet":
    case "project":
    case "department":
    case "implementer":
    case "remarks":
      return row[column];
    case "error":
    case "warning":
    case "info":
      return row.failed ? null : row.counts[column];
    case "copy":
      return row.link === null ? null : { text: row.link, hyperlink: row.link };
    default: {
      const [figure, side] = column.split(":") as [keyof FormRow["computed"] & string, "entered" | "computed"];
      const figures = row[side];
      return figures === null ? null : (figures as Record<string, number | string | null>)[figure];
    }
  }
}

function numberFormat(column: FormColumn): string | undefined {
  if (column.startsWith("execRate:")) return "0.00%";
  // Scores keep General: 6.6 and 90.6 read as written ("0.00" would show 90.60, "0.##" a bare "90.").
  return undefined;
}

/**
 * Starts the .xlsx report at `file` (replaced if it exists). Call add() for every file's result in order
 * and finish() once; the workbook is complete only after finish() resolves.
 */
export function createXlsxReport(file: string, lang: Lang): ReviewReport {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  workbook.creator = "PERF 绩效自评助手";
  const forms = workbook.addWorksheet(word("formsSheet", lang), { views: [{ state: "frozen", ySplit: 1 }] });
  forms.columns = FORM_COLUMNS.map((c) => ({ key: c, width: FORM_WIDTHS[c], style: numberFormat(c) ? { numFmt: numberFormat(c) } : {} }));
  const header = forms.addRow(FORM_COLUMNS.map((c) => formColumnLabel(c, lang)));
  styleHeader(header);
  header.commit();
  let formCount = 1;

  const temp = mkdtempSync(path.join(tmpdir(), "perf-report-"));
  const findingsFile = path.join(temp, "findings.jsonl");
  const pending: WriteStream = createWriteStream(findingsFile, { encoding: "utf8" });

  return {
    async add(result) {
      for (const row of formRows(result, file, lang)) {
        const added = forms.addRow(FORM_COLUMNS.map((c) => formCell(row, c)));
        if (row.link !== null) added.getCell(FORM_COLUMNS.indexOf("copy") + 1).font = { color: { argb: "FF0563C1" }, underline: true };
        if (row.failed) added.getCell(FORM_COLUMNS.indexOf("remarks") + 1).font = { color: { argb: "FFC00000" } };
        added.commit();
        formCount++;
      }
      for (const row of findingRows(result, lang)) {
        if (!pending.write(`${JSON.stringify(row)}\n`)) await once(pending, "drain");
      }
    },

    async finish(summary) {
      try {
        pending.end();
        await once(pending, "finish");
        forms.autoFilter = `A1:${columnLetter(FORM_COLUMNS.length)}${formCount}`;
        forms.commit();

        const findings = workbook.addWorksheet(word("findingsSheet", lang), { views: [{ state: "frozen", ySplit: 1 }] });
        findings.columns = FINDING_COLUMNS.map((c) => ({ key: c, width: FINDING_WIDTHS[c] }));
        const head = findings.addRow(FINDING_COLUMNS.map((c) => findingColumnLabel(c, lang)));
        styleHeader(head);
        head.commit();
        let findingCount = 1;
        const lines = createInterface({ input: createReadStream(findingsFile, { encoding: "utf8" }), crlfDelay: Infinity });
        const severityAt = FINDING_COLUMNS.indexOf("severity") + 1;
        for await (const line of lines) {
          if (line === "") continue;
          const row = JSON.parse(line) as FindingRow;
          const added = findings.addRow(FINDING_COLUMNS.map((c) => (c === "severity" ? severityWord(row, lang) : row[c])));
          const fill = SEVERITY_FILL[row.severity];
          if (fill) added.getCell(severityAt).fill = fill;
          added.getCell(FINDING_COLUMNS.indexOf("message") + 1).alignment = { wrapText: true, vertical: "top" };
          added.commit();
          findingCount++;
        }
        findings.autoFilter = `A1:${columnLetter(FINDING_COLUMNS.length)}${findingCount}`;
        findings.commit();

        const counts = workbook.addWorksheet(word("summarySheet", lang));
        counts.columns = [{ width: 18 }, { width: 10 }];
        for (const [label, value] of summaryPairs(summary, lang)) counts.addRow([label, value]).commit();
        counts.commit();
        await workbook.commit();
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    },
  };
}

function severityWord(row: FindingRow, lang: Lang): string {
  return SEVERITY_NAMES[row.severity][lang];
}
