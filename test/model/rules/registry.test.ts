// The registry derives everything from the definitions: RuleId (a typo does not compile), the titles, the
// highlight set and PERF.CHECK's row rules. The @ts-expect-error lines are checked by `tsc --noEmit`: if a line
// below compiled, tsc would report the unused directive.
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../../src/model/i18n";
import { zh } from "../../../src/model/i18n/zh";
import {
  defineRule,
  GROUP_RULES,
  HIGHLIGHT_RULES,
  isRuleId,
  RULES,
  RULE_IDS,
  ruleById,
  ruleTitle,
  type RuleHit,
  type RuleId,
} from "../../../src/model/rules";

describe("rule ids", () => {
  it("are a union type: a misspelt id does not compile", () => {
    const ok: RuleId = "reason-missing";
    // @ts-expect-error "reason-mising" is not a rule id
    const typo: RuleId = "reason-mising";
    expect(isRuleId(ok)).toBe(true);
    expect(isRuleId(typo)).toBe(false);
  });

  it("let a rule emit only its own messages, each with its own parameters", () => {
    const pos = { row: 0, col: 0 };
    const own: RuleHit<"grade"> = {
      severity: "error",
      message: "grade",
      params: { written: "良", computed: "优", total: 95 },
      pos,
      row: 0,
    };
    // @ts-expect-error total.missing is the total rule's message, not grade's (defineRule types check() this way)
    const foreign: RuleHit<"grade"> = { severity: "error", message: "total.missing", params: { computed: 1 }, pos, row: 0 };
    const worded: RuleHit<"grade"> = {
      severity: "error",
      message: "grade",
      // @ts-expect-error grade's message takes written, computed and total, not a pre-worded English string
      params: { written: "良", computed: "优", total: 95, writtenEn: "Good" },
      pos,
      row: 0,
    };
    expect([own, foreign, worded].map((h) => h.message)).toEqual(["grade", "total.missing", "grade"]);
  });

  it("defineRule keeps the id's literal type and derives check() for a group rule", () => {
    const rule = defineRule({
      id: "grade",
      title: { zh: "等级", en: "Grade" },
      severity: ["error"],
      highlights: false,
      basis: "docs/rules.md#grade",
      checkGroup: () => [],
    });
    const id: "grade" = rule.id;
    expect(id).toBe("grade");
    expect(typeof rule.check).toBe("function");
  });
});

describe("the catalogues", () => {
  it("must word every message: one left out does not compile", () => {
    const { grade: _left, ...rest } = zh;
    // @ts-expect-error a catalogue without the grade message is not a Catalogue
    const partial: Catalogue = rest;
    expect(Object.keys(partial)).not.toContain("grade");
  });
});

describe("what derives from the definitions", () => {
  it("titles come from the definitions, in both languages", () => {
    expect(ruleTitle("reason-missing", "zh")).toBe("扣分未说明原因");
    expect(ruleTitle("fix-skipped", "en")).toBe("Formula not written");
    expect(ruleTitle("no-such-rule", "zh")).toBe("no-such-rule");
    for (const id of RULE_IDS) expect(ruleTitle(id, "zh")).toBe(ruleById(id).title.zh);
  });

  it("the highlight set is the rules that say they highlight: score and explanation disagree", () => {
    expect([...HIGHLIGHT_RULES].sort()).toEqual(["actual-vs-score", "reason-missing", "reason-without-deduction"]);
  });

  it("PERF.CHECK's row rules are group rules of the registry, in its order", () => {
    expect(GROUP_RULES.map((r) => r.id)).toEqual([
      "reason-missing",
      "reason-without-deduction",
      "actual-vs-score",
      "actual-unmeasurable",
      "score-range",
      "cost-direction",
    ]);
    for (const r of GROUP_RULES) expect(RULES as readonly unknown[]).toContain(r);
  });

  it("the registry holds 22 rules, fix-skipped last", () => {
    expect(RULE_IDS).toHaveLength(22);
    expect(RULE_IDS[RULE_IDS.length - 1]).toBe("fix-skipped");
  });
});
