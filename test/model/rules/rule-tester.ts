// A RuleTester in the spirit of typescript-eslint's: one rule, run alone, on forms that must give no hit (valid)
// and forms that must give exactly the listed hits (invalid), each hit as data: its message id, cell and severity
// (and, where a case says so, its parameters). Every hit is also checked against what the rule says about itself:
// a severity it declares, a highlight exactly when it highlights, and words in both catalogues.
import { describe, expect, it } from "vitest";
import type { FormSpec } from "../../../scripts/forms/form-spec";
import { formGrid } from "../../../scripts/forms/render-form";
import { toA1 } from "../../../src/model/grid/address";
import { analyzeForm } from "../../../src/model/analyze/analysis";
import { recomputedTotal } from "../../../src/model/analyze/figures";
import { evaluateFormulas } from "../../../src/model/grid/formula";
import type { Grid } from "../../../src/model/grid/grid";
import { formatMessage, type MessageOf, type ParamsOf } from "../../../src/model/i18n";
import { locateForms } from "../../../src/model/locate";
import { parseForm } from "../../../src/model/parse/parse-form";
import { resolveProfile, type Profile } from "../../../src/model/scoring/profile";
import type { Severity } from "../../../src/model/report/report";
import { analyzeRow, type RowInput } from "../../../src/model/row-check";
import { checkGrid } from "../../../src/model";
import { isGroupRule, type FormRule, type Hit, type RuleId } from "../../../src/model/rules";
import { SheetView } from "../../../src/model/grid/sheet-view";

/** What a case runs on: a form spec (rendered in layout A), a grid, or one row as PERF.CHECK passes it. */
export type TestInput = { form: FormSpec } | { grid: Grid } | { row: RowInput };

type Case = TestInput & { name?: string; profile?: Partial<Profile> };

/** One expected hit. A row's cells are A1 (target) … E1 (reason). */
export type ExpectedFinding<Id extends string> = {
  [M in MessageOf<Id>]: { messageId: M; cell: string; severity: Severity; params?: Partial<ParamsOf<M>> };
}[MessageOf<Id>];

export interface RuleTests<Id extends string> {
  valid: Case[];
  invalid: (Case & { findings: ExpectedFinding<Id>[] })[];
}

/** The rule's hits on a case, run alone. */
export function runRule<Id extends RuleId>(rule: FormRule<Id>, input: Case): Hit[] {
  const profile = resolveProfile(input.profile);
  if ("row" in input) {
    if (!isGroupRule(rule)) throw new Error(`${rule.id} is not a row rule: give it a form`);
    return rule.checkGroup(analyzeRow(input.row, profile), profile);
  }
  const grid = "form" in input ? formGrid(input.form, "自评表") : input.grid;
  const { grid: evaluated, unevaluated } = evaluateFormulas(grid);
  const view = new SheetView(evaluated);
  const layouts = locateForms(view);
  if (layouts.length !== 1) throw new Error(`expected one form, found ${layouts.length}`);
  const analysis = analyzeForm(parseForm(view, layouts[0]), profile, unevaluated);
  return rule.check({ analysis, profile, total: recomputedTotal(analysis) });
}

function caseName(c: Case, i: number, kind: string): string {
  return c.name ?? `${kind} #${i + 1}`;
}

/** Checks a hit against the rule's own description; returns the problems found. */
function selfDescribed(rule: FormRule, hit: Hit): string[] {
  const problems: string[] = [];
  if (!rule.severity.includes(hit.severity)) problems.push(`severity ${hit.severity} not declared`);
  if (rule.highlights !== (hit.highlight !== undefined)) problems.push(`highlight ${hit.highlight ? "given" : "missing"}`);
  if (hit.message !== rule.id && !hit.message.startsWith(`${rule.id}.`)) problems.push(`message ${hit.message} is another rule's`);
  for (const lang of ["zh", "en"] as const) {
    const text = formatMessage(hit.message, hit.params, lang);
    if (/undefined|NaN|\[object|null/.test(text) || text.trim() === "") problems.push(`${lang} words: ${text}`);
  }
  return problems;
}

/**
 * Registers the rule's tests: each valid case gives no hit; each invalid case gives exactly its findings in
 * order. A form case also runs through checkGrid, which must report the same cells and severities under the
 * rule's id (the rule is registered and nothing between the rule and the report loses or adds a hit).
 */
export function ruleTester<Id extends RuleId>(rule: FormRule<Id>, tests: RuleTests<Id>): void {
  describe(`rule ${rule.id}`, () => {
    describe("valid", () => {
      tests.valid.forEach((c, i) => {
        it(caseName(c, i, "valid"), () => {
          expect(runRule(rule, c).map((h) => h.message)).toEqual([]);
          if (!("row" in c)) expect(engineFindings(rule.id, c)).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      tests.invalid.forEach((c, i) => {
        it(caseName(c, i, "invalid"), () => {
          const hits = runRule(rule, c);
          const seen = hits.map((h) => ({ messageId: h.message, cell: toA1(h.pos.row, h.pos.col), severity: h.severity }));
          expect(seen).toEqual(c.findings.map(({ messageId, cell, severity }) => ({ messageId, cell, severity })));
          c.findings.forEach((f, j) => {
            if (f.params) expect(hits[j].params).toMatchObject(f.params);
          });
          expect(hits.flatMap((h) => selfDescribed(rule, h))).toEqual([]);
          if (!("row" in c)) expect(engineFindings(rule.id, c)).toEqual(seen.map(({ cell, severity }) => ({ cell, severity })));
        });
      });
    });
  });
}

/** The rule's findings as checkGrid reports them (cell and severity). */
function engineFindings(id: string, c: Exclude<Case, { row: RowInput }>): { cell: string; severity: Severity }[] {
  const grid = "form" in c ? formGrid(c.form, "自评表") : c.grid;
  const reports = checkGrid(grid, { profile: c.profile });
  return reports.flatMap((r) => r.findings.filter((f) => f.rule === id).map((f) => ({ cell: f.cell, severity: f.severity })));
}
