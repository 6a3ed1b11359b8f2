import { analyzeForm, type FormAnalysis } from "./analysis";
import { rangeToA1, toA1 } from "./address";
import { computedFigures, enteredFigures, recomputedTotal } from "./figures";
import { fixesFor } from "./fixes";
import type { Grid } from "./grid";
import { locateForms } from "./locate";
import { formatMessage } from "./messages";
import { parseForm } from "./parse/parse-form";
import { resolveProfile, type Profile } from "./profile";
import type { Finding, FormReport, Lang } from "./report";
import { FORM_RULES, HIGHLIGHT_RULES, type Hit } from "./rules";
import { cellText, SheetView } from "./sheet-view";

export interface CheckOptions {
  lang?: Lang;
  profile?: Partial<Profile>;
}

function toFinding(rule: string, hit: Hit, a: FormAnalysis, lang: Lang): Finding {
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
  const total = recomputedTotal(a);
  const computed = computedFigures(a, total);
  const ctx = { analysis: a, profile, total };
  const findings = FORM_RULES.flatMap((rule) => rule.check(ctx).map((hit) => toFinding(rule.id, hit, a, lang)));
  const project = a.form.fields.project ? cellText(a.form.fields.project.value.value) || null : null;
  return {
    sheet: a.form.sheet,
    range: rangeToA1(a.form.range),
    project,
    entered: enteredFigures(a),
    computed,
    findings,
    fixes: fixesFor(a, total, computed),
  };
}

/** Finds every form on one sheet and judges it; a sheet with no form gives an empty list. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): FormReport[] {
  const lang = options.lang ?? "zh";
  const profile = resolveProfile(options.profile);
  const view = new SheetView(grid);
  return locateForms(view).map((layout) => reportFor(analyzeForm(parseForm(view, layout), profile), profile, lang));
}

/** Checks several sheets (a workbook) and concatenates the reports in sheet order. */
export function checkGrids(grids: Grid[], options: CheckOptions = {}): FormReport[] {
  return grids.flatMap((g) => checkGrid(g, options));
}
