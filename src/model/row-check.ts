import { analyzeGroup, type GroupAnalysis } from "./analyze/analysis";
import type { ReadCell, ScoreGroup } from "./parse/form";
import type { CellValue } from "./grid/grid";
import { formatMessage } from "./i18n";
import { resolveProfile, type Profile } from "./scoring/profile";
import type { Lang, Severity } from "./report/report";
import { GROUP_RULES, type RuleId } from "./rules";
import { cellText } from "./grid/sheet-view";

/** One indicator row as a formula passes it: the five cells of the row. */
export interface RowInput {
  target: CellValue;
  actual: CellValue;
  weight: CellValue;
  score: CellValue;
  reason?: CellValue;
  indicator?: string | null;
}

export interface RowVerdict {
  rule: RuleId;
  severity: Severity;
  message: string;
}

const cell = (col: number, value: CellValue): ReadCell => ({ pos: { row: 0, col }, value, format: null });

function asGroup(input: RowInput): ScoreGroup {
  const reason = cellText(input.reason ?? null);
  const indicator = {
    row: 0,
    level1: "",
    level2: "",
    level3: input.indicator ?? "",
    nature: null,
    unit: null,
    target: cell(0, input.target),
    actual: cell(1, input.actual),
    reason: cell(4, input.reason ?? null),
    blank: false,
  };
  return {
    firstRow: 0,
    lastRow: 0,
    level1: "",
    level2: "",
    weight: cell(2, input.weight),
    score: cell(3, input.score),
    reasonCell: { row: 0, col: 4 },
    reason,
    indicators: [indicator],
  };
}

/** One row as the single score group PERF.CHECK judges: cells A–E of row 1 (target, actual, weight, score, reason). */
export function analyzeRow(input: RowInput, profile: Profile): GroupAnalysis {
  return analyzeGroup(asGroup(input), profile);
}

/** Judges one indicator row by the row rules; the first rule that fires, or null when the row is consistent. */
export function checkRow(input: RowInput, options: { lang?: Lang; profile?: Partial<Profile> } = {}): RowVerdict | null {
  const profile = resolveProfile(options.profile);
  const g = analyzeRow(input, profile);
  for (const rule of GROUP_RULES) {
    const hit = rule.checkGroup(g, profile)[0];
    if (hit) return { rule: rule.id, severity: hit.severity, message: formatMessage(hit.message, hit.params, options.lang ?? "zh") };
  }
  return null;
}
