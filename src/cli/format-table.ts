// The human-readable report: per file, per form a figures table and the findings, then a summary.
import { parseA1, ruleTitle, type Figures, type Finding, type FormReport, type Lang, type Severity } from "../model";
import path from "node:path";
import type { BatchResult, BatchSummary, FileResult, SkippedFile } from "./batch-result";
import { msg, type MessageKey } from "./messages";
import { alignColumns } from "./text-width";

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  error: "severityError",
  warning: "severityWarning",
  info: "severityInfo",
};

// How many skipped names the summary lists before "…".
const SKIPPED_SHOWN = 3;

/** Renders the whole batch as text lines: every file, then the summary (with what the walks skipped). */
export function formatTable(result: BatchResult, lang: Lang): string {
  const blocks = result.files.map((file) => formatFile(file, lang).join("\n"));
  blocks.push([...formatSummary(result.summary, lang), ...formatSkipped(result.skipped, lang)].join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

/** One file's lines: its error, or each form it holds (or a note that it holds none). */
export function formatFile(file: FileResult, lang: Lang): string[] {
  const lines = [msg(lang, "tableFile", { file: file.file })];
  if (file.error !== null) lines.push(`  ✗ ${file.error}`);
  for (const sheet of file.sheetErrors) lines.push(`  ✗ ${sheet.error}`);
  if (file.error === null && file.forms.length === 0) lines.push(msg(lang, "tableNoForms"));
  for (const form of file.forms) lines.push(...formatForm(form, lang));
  if (file.output) lines.push(msg(lang, "tableOutput", { out: file.output }));
  return lines;
}

/** One form: where it is, entered vs computed figures, then its findings. */
export function formatForm(form: FormReport, lang: Lang): string[] {
  const project = form.project ?? msg(lang, "tableNoProject");
  const lines = [msg(lang, "tableForm", { sheet: form.sheet, range: form.range, project })];
  lines.push(...alignColumns(figureRows(form.entered, form.computed, lang), "    "));
  lines.push(...formatFindings(form.findings, lang));
  return lines;
}

/** The findings in sheet order (row, then column) as an aligned table, or a "no findings" line. */
export function formatFindings(findings: Finding[], lang: Lang): string[] {
  if (findings.length === 0) return [msg(lang, "tableNoFindings")];
  const header = [msg(lang, "tableSeverity"), msg(lang, "tableCell"), msg(lang, "tableRule"), msg(lang, "tableMessage")];
  const rows = sheetOrder(findings).map((f) => [msg(lang, SEVERITY_KEYS[f.severity]), f.cell, ruleTitle(f.rule, lang), f.message]);
  return [msg(lang, "tableFindings", { count: findings.length }), ...alignColumns([header, ...rows], "    ")];
}

/** The summary block: counts and a one-line verdict matching the exit status. */
export function formatSummary(summary: BatchSummary, lang: Lang): string[] {
  const lines = [msg(lang, "summaryTitle")];
  if (summary.files === 0) lines.push(msg(lang, "summaryNoFiles"));
  else lines.push(msg(lang, "summaryCounts", { ...summary }));
  if (summary.sheetErrors > 0) lines.push(msg(lang, "summarySheetErrors", { count: summary.sheetErrors }));
  const verdict: MessageKey =
    summary.failed > 0
      ? "summaryVerdictFailed"
      : summary.sheetErrors > 0
        ? "summaryVerdictSheetFailed"
        : summary.errors > 0
          ? "summaryVerdictError"
          : "summaryVerdictOk";
  lines.push(msg(lang, verdict));
  return lines;
}

/** One line naming how many paths the folder walks skipped and the first few of them (nothing when none). */
export function formatSkipped(skipped: SkippedFile[], lang: Lang): string[] {
  if (skipped.length === 0) return [];
  const shown = skipped.slice(0, SKIPPED_SHOWN).map((s) => path.basename(s.file));
  const names = shown.join(lang === "zh" ? "、" : ", ") + (skipped.length > SKIPPED_SHOWN ? "…" : "");
  return [msg(lang, "summarySkipped", { count: skipped.length, names })];
}

/** Shows a fraction as a percentage with at most two decimals (0.6667 → "66.67%", 0.66 → "66%"). */
export function formatRate(value: number | null): string {
  return value === null ? "—" : `${trimNumber(value * 100)}%`;
}

/** Shows a score with at most two decimals (6.666 → "6.67", 6.6 → "6.6"). */
export function formatScore(value: number | null): string {
  return value === null ? "—" : trimNumber(value);
}

// A reviewer walks the sheet top to bottom, so the table follows the cells, not the rule order.
function sheetOrder(findings: Finding[]): Finding[] {
  const position = (f: Finding) => parseA1(f.cell) ?? { row: f.row - 1, col: 0 };
  return [...findings].sort((a, b) => {
    const pa = position(a);
    const pb = position(b);
    return pa.row - pb.row || pa.col - pb.col;
  });
}

function figureRows(entered: Figures, computed: Figures, lang: Lang): string[][] {
  return [
    [msg(lang, "tableItem"), msg(lang, "tableEntered"), msg(lang, "tableComputed")],
    [msg(lang, "tableExecRate"), formatRate(entered.execRate), formatRate(computed.execRate)],
    [msg(lang, "tableExecScore"), formatScore(entered.execScore), formatScore(computed.execScore)],
    [msg(lang, "tableTotal"), formatScore(entered.total), formatScore(computed.total)],
    [msg(lang, "tableGrade"), entered.grade ?? "—", computed.grade ?? "—"],
  ];
}

function trimNumber(value: number): string {
  // toFixed rounds away binary noise (0.6667 * 100 = 66.67000000000002); Number() drops trailing zeros.
  return String(Number(value.toFixed(2)));
}
