import { analyzeForm, isUncomputed, type FormAnalysis } from "./analyze/analysis";
import { rangeToA1, toA1 } from "./grid/address";
import { computedFigures, enteredFigures, recomputedTotal } from "./analyze/figures";
import { planFixes } from "./report/fixes";
import { evaluateFormulas } from "./grid/formula";
import type { Grid } from "./grid/grid";
import { locateForms } from "./locate";
import { formatMessage } from "./i18n";
import { parseForm } from "./parse/parse-form";
import { resolveProfile, type Profile } from "./scoring/profile";
import type { Finding, FormReport, Lang } from "./report/report";
import { FORM_RULES, HIGHLIGHT_RULES, formEmpty, isBlankForm, type Hit, type RuleId } from "./rules";
import { cellText, SheetView } from "./grid/sheet-view";

export interface CheckOptions {
  lang?: Lang;
  profile?: Partial<Profile>;
}

// Rules that report about a cell's formula or about the fix rather than the cell's value: their hits stand even
// at a cell holding a formula without a value (every other rule's hit there is dropped, see reportFor).
const ABOUT_FORMULAS: ReadonlySet<RuleId> = new Set<RuleId>(["formula-uncomputed", "fix-skipped"]);

function toFinding(rule: RuleId, hit: Hit, a: FormAnalysis, lang: Lang): Finding {
  const highlight = HIGHLIGHT_RULES.has(rule) && hit.highlight !== undefined;
  return {
    rule,
    severity: hit.severity,
    sheet: a.form.sheet,
    cell: toA1(hit.pos.row, hit.pos.col),
    row: hit.row + 1,
    message: formatMessage(hit.message, hit.params, lang),
    highlight,
    ...(highlight && hit.highlight
      ? { span: { top: hit.highlight.top, bottom: hit.highlight.bottom, left: a.form.columns.first, right: a.form.columns.last } }
      : {}),
  };
}

function reportFor(a: FormAnalysis, profile: Profile, lang: Lang): FormReport {
  // A blank template gets the one form-empty finding instead of every rule's noise, no total or
  // grade to report (there is nothing to grade) and no fixes.
  const blank = isBlankForm(a);
  const total = blank ? null : recomputedTotal(a);
  const computed = computedFigures(a, total);
  const ctx = { analysis: a, profile, total };
  // A cell holding a formula without a value is reported once by formula-uncomputed, never as "未填写".
  const judged = (rule: RuleId, hit: Hit) => ABOUT_FORMULAS.has(rule) || !isUncomputed(a, hit.pos);
  const rules: readonly (typeof FORM_RULES)[number][] = blank ? [formEmpty] : FORM_RULES;
  const findings = rules.flatMap((rule) =>
    rule
      .check(ctx)
      .filter((hit) => judged(rule.id, hit))
      .map((hit) => toFinding(rule.id, hit, a, lang)),
  );
  // The writes only: the reasons a formula was not written are the fix-skipped rule's findings, above.
  const plan = planFixes(a, total, computed);
  const field = (f: FormAnalysis["form"]["fields"]["project"]) => (f ? cellText(f.value.value) || null : null);
  const project = field(a.form.fields.project);
  return {
    sheet: a.form.sheet,
    range: rangeToA1(a.form.range),
    project,
    department: field(a.form.fields.department),
    implementer: field(a.form.fields.implementer),
    entered: enteredFigures(a),
    computed,
    findings,
    fixes: plan.writes,
  };
}

/** Finds every form on one sheet and judges it; a sheet with no form gives an empty list. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): FormReport[] {
  const lang = options.lang ?? "zh";
  const profile = resolveProfile(options.profile);
  // Formulas saved without results (Java exporters) are computed first, so the locator and the rules read values.
  const { grid: evaluated, unevaluated } = evaluateFormulas(grid);
  const view = new SheetView(evaluated);
  return locateForms(view).map((layout) => reportFor(analyzeForm(parseForm(view, layout), profile, unevaluated), profile, lang));
}

/** Checks several sheets (a workbook) and concatenates the reports in sheet order. */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): FormReport[] {
  return grids.flatMap((g) => checkGrid(g, options));
}
