// The human-readable report: per file, per form a figures table and the findings, then a summary.
// Everything that comes from a workbook or the disk (file names, sheet names, cell text quoted in
// findings, error details) goes through escapeTerminal, so each line of the report is exactly one
// line and no sender can move the cursor or print a verdict of their own.
import { figureTable, parseA1, ruleTitle, SEVERITY_NAMES, type Figures, type Finding, type FormReport, type Lang } from "../model";
import path from "node:path";
import type { BatchResult, BatchSummary, FileResult, SkippedFile, SkipReason } from "./batch-result";
import { msg, type MessageKey } from "./messages";
import { escapeTerminal as esc } from "./terminal-text";
import { alignColumns } from "./text-width";

// How many skipped names the summary lists before "…".
const SKIPPED_SHOWN = 3;

// The skipped paths by kind, each kind on its own line. Lock files and other extensions are named by
// base name (they are many and harmless); what was not opened or not followed is named by its path.
const SKIPPED_GROUPS: { reasons: SkipReason[]; key: MessageKey; fullPath: boolean }[] = [
  { reasons: ["lock-file", "not-a-workbook-name"], key: "summarySkipped", fullPath: false },
  { reasons: ["special-file"], key: "summarySkippedSpecial", fullPath: true },
  { reasons: ["linked-folder"], key: "summarySkippedLinkedFolders", fullPath: true },
  { reasons: ["output-folder"], key: "summarySkippedOutput", fullPath: true },
];

/** Renders the whole batch as text lines: every file, then the summary (with what the walks skipped). */
export function formatTable(result: BatchResult, lang: Lang): string {
  const blocks = result.files.map((file) => formatFile(file, lang).join("\n"));
  blocks.push([...formatSummary(result.summary, lang), ...formatSkipped(result.skipped, lang)].join("\n"));
  return `${blocks.join("\n\n")}\n`;
}

/** One file's lines: its error, or each form it holds (or a note that it holds none). */
export function formatFile(file: FileResult, lang: Lang): string[] {
  const lines = [msg(lang, "tableFile", { file: esc(file.file) })];
  if (file.error !== null) lines.push(`  ✗ ${esc(file.error)}`);
  for (const sheet of file.sheetErrors) lines.push(`  ✗ ${esc(sheet.error)}`);
  if (file.error === null && file.forms.length === 0) lines.push(msg(lang, "tableNoForms"));
  for (const form of file.forms) lines.push(...formatForm(form, lang));
  if (file.output) lines.push(msg(lang, "tableOutput", { out: esc(file.output) }));
  // Already escaped field by field (so columns align); this pass keeps any line added later honest too.
  return lines.map(esc);
}

/** One form: where it is, entered vs computed figures, then its findings. */
export function formatForm(form: FormReport, lang: Lang): string[] {
  const project = form.project === null ? msg(lang, "tableNoProject") : esc(form.project);
  const lines = [msg(lang, "tableForm", { sheet: esc(form.sheet), range: esc(form.range), project })];
  lines.push(...alignColumns(figureRows(form.entered, form.computed, lang), "    "));
  lines.push(...formatFindings(form.findings, lang));
  return lines;
}

/** The findings in sheet order (row, then column) as an aligned table, or a "no findings" line. */
export function formatFindings(findings: Finding[], lang: Lang): string[] {
  if (findings.length === 0) return [msg(lang, "tableNoFindings")];
  const header = [msg(lang, "tableSeverity"), msg(lang, "tableCell"), msg(lang, "tableRule"), msg(lang, "tableMessage")];
  const rows = sheetOrder(findings).map((f) => [
    SEVERITY_NAMES[f.severity][lang],
    esc(f.cell),
    esc(ruleTitle(f.rule, lang)),
    esc(f.message),
  ]);
  return [msg(lang, "tableFindings", { count: findings.length }), ...alignColumns([header, ...rows], "    ")];
}

/** The summary block: counts and a one-line verdict matching the exit status. */
export function formatSummary(summary: BatchSummary, lang: Lang): string[] {
  const lines = [msg(lang, "summaryTitle")];
  if (summary.files === 0) lines.push(msg(lang, "summaryNoFiles"));
  // Always the three counts, so "no errors" can never hide that nothing (or not everything) was checked.
  lines.push(msg(lang, "summaryCounts", { ...summary }));
  if (summary.sheetErrors > 0) lines.push(msg(lang, "summarySheetErrors", { count: summary.sheetErrors }));
  const verdict: MessageKey =
    summary.files === 0
      ? "summaryVerdictNoFiles"
      : summary.failed > 0
        ? "summaryVerdictFailed"
        : summary.sheetErrors > 0
          ? "summaryVerdictSheetFailed"
          : summary.errors > 0
            ? "summaryVerdictError"
            : "summaryVerdictOk";
  lines.push(msg(lang, verdict));
  return lines;
}

/**
 * What the folder walks passed over, one line per kind (lock files and other names; special files;
 * symlinks to folders; the output folder), each with its count and first few names; nothing when none.
 */
export function formatSkipped(skipped: SkippedFile[], lang: Lang): string[] {
  const lines: string[] = [];
  for (const group of SKIPPED_GROUPS) {
    const members = skipped.filter((s) => group.reasons.includes(s.reason));
    if (members.length === 0) continue;
    const shown = members.slice(0, SKIPPED_SHOWN).map((s) => esc(group.fullPath ? s.file : path.basename(s.file)));
    const names = shown.join(lang === "zh" ? "、" : ", ") + (members.length > SKIPPED_SHOWN ? "…" : "");
    lines.push(msg(lang, group.key, { count: members.length, names }));
  }
  return lines;
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

// The figures as every host shows them (src/model/present): one vocabulary, one number format.
function figureRows(entered: Figures, computed: Figures, lang: Lang): string[][] {
  const table = figureTable(entered, computed, lang);
  return [[table.header.item, table.header.entered, table.header.computed], ...table.rows.map((r) => [r.label, r.entered, r.computed])];
}
