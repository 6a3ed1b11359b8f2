// What the notes (批注) of a --fix copy say: one note per cell with a finding, one line per finding, the
// severity word first, so the copy sent back to the unit reads as the review itself.
import { parseA1, SEVERITY_NAMES, type Finding, type FormReport, type Lang, type Severity } from "../../model";
import type { PackagePlan } from "../patch-package";

/** Note text per sheet name, then per 0-based "row,col" (the keys of PackagePlan). */
export type NotesPlan = Map<string, Map<string, string>>;

// Errors first in a note: the line a reader must act on comes before the hints.
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One line of a note: 【错误】执行率填写为66.00%… in Chinese, [Error] … in English. */
export function noteLine(finding: Pick<Finding, "severity" | "message">, lang: Lang): string {
  const word = SEVERITY_NAMES[finding.severity][lang];
  return lang === "zh" ? `【${word}】${finding.message}` : `[${word}] ${finding.message}`;
}

/**
 * The note of every cell with a finding: its findings' lines, errors before warnings before hints (report
 * order within a severity), an identical line once. Findings whose cell is not an A1 reference are left out.
 */
export function notesPlan(forms: readonly FormReport[], lang: Lang): NotesPlan {
  const found = new Map<string, Map<string, Finding[]>>();
  for (const form of forms) {
    for (const finding of form.findings) {
      const at = parseA1(finding.cell);
      if (at === null) continue;
      const cells = found.get(finding.sheet) ?? new Map<string, Finding[]>();
      found.set(finding.sheet, cells);
      const key = `${at.row},${at.col}`;
      cells.set(key, [...(cells.get(key) ?? []), finding]);
    }
  }
  const plan: NotesPlan = new Map();
  for (const [sheet, cells] of found) {
    const notes = new Map<string, string>();
    for (const [key, findings] of cells) {
      const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      notes.set(key, [...new Set(ordered.map((f) => noteLine(f, lang)))].join("\n"));
    }
    plan.set(sheet, notes);
  }
  return plan;
}

/**
 * Adds the forms' notes to a --fix package plan (CellPatch.note), beside its formulas and fills, and returns
 * how many cells got a note. patchPackage then writes them as classic comments.
 */
export function addNotes(plan: PackagePlan, forms: readonly FormReport[], lang: Lang): number {
  let count = 0;
  for (const [sheet, notes] of notesPlan(forms, lang)) {
    const cells = plan.get(sheet) ?? new Map();
    plan.set(sheet, cells);
    for (const [key, note] of notes) {
      cells.set(key, { ...cells.get(key), note });
      count++;
    }
  }
  return count;
}
