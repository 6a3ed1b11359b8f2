// How a rule describes itself: one defineRule per file holds everything known about the rule (its id, its
// title, the severities it can emit, whether its rows are highlighted, the paragraph of docs/rules.md it
// implements, and the check). The registry (index.ts), RuleId, rule titles and the highlight set derive from it.
import type { FormAnalysis, GroupAnalysis, RowAnalysis } from "../analyze/analysis";
import type { CellPos } from "../parse/form";
import type { MessageId, MessageOf, ParamsOf, Words } from "../i18n";
import type { Profile } from "../scoring/profile";
import type { Severity } from "../report/report";

interface HitBase {
  severity: Severity;
  pos: CellPos;
  /** 0-based sheet row the finding is filed under (a group's or the 总分 row). */
  row: number;
  /** Rows to highlight (score and explanation disagree), across the indicator table's columns. */
  highlight?: { top: number; bottom: number };
}

/**
 * What a rule reports before it becomes a Finding: data, not words. The message id and its parameters are checked
 * together (a parameter the message does not take, or one it needs and lacks, does not compile); the catalogue
 * of each language (src/model/i18n) words it.
 */
export type Hit<M extends MessageId = MessageId> = { [K in M]: HitBase & { message: K; params: ParamsOf<K> } }[M];

/** A hit of the rule `Id`: one of its own messages. */
export type RuleHit<Id extends string> = Hit<MessageOf<Id>>;

export interface RuleContext {
  profile: Profile;
  analysis: FormAnalysis;
  /** The recomputed total (written scores), shared by the total and grade rules; null when it is not finite. */
  total: number | null;
}

/** What a rule says about itself. */
export interface RuleMeta<Id extends string = string> {
  /** Stable id, reported as Finding.rule; its messages are `<id>` or `<id>.<detail>`. */
  id: Id;
  /** Short title for tables and filters, Chinese first. */
  title: Words;
  /** Every severity the rule can emit (a rule's tester checks each hit against it). */
  severity: readonly Severity[];
  /** True when the rule's findings mark their rows for highlighting (score and explanation disagree). */
  highlights: boolean;
  /** The paragraph of docs/rules.md the rule implements; its own section is docs/rules.md#<id>. */
  basis: `docs/rules.md#${string}`;
}

/** A check over a whole form. */
export interface FormRule<Id extends string = string> extends RuleMeta<Id> {
  check(ctx: RuleContext): Hit<MessageOf<Id>>[];
}

/** A check over one score group (a row, or a merged 二级 group): also run by PERF.CHECK on a single row. */
export interface GroupRule<Id extends string = string> extends FormRule<Id> {
  checkGroup(group: GroupAnalysis, profile: Profile): Hit<MessageOf<Id>>[];
}

type FormRuleDef<Id extends string> = RuleMeta<Id> & { check(ctx: RuleContext): Hit<MessageOf<Id>>[] };
type GroupRuleDef<Id extends string> = RuleMeta<Id> & { checkGroup(group: GroupAnalysis, profile: Profile): Hit<MessageOf<Id>>[] };

/**
 * Defines a rule: a form rule from `check(ctx)`, or a group rule from `checkGroup(group, profile)` (its form-wide
 * `check` runs it over every group). A rule can emit only its own messages (`<id>` or `<id>.<detail>`).
 */
export function defineRule<const Id extends string>(def: GroupRuleDef<Id>): GroupRule<Id>;
export function defineRule<const Id extends string>(def: FormRuleDef<Id>): FormRule<Id>;
export function defineRule<const Id extends string>(def: FormRuleDef<Id> | GroupRuleDef<Id>): FormRule<Id> | GroupRule<Id> {
  if ("checkGroup" in def) {
    const checkGroup = def.checkGroup;
    return Object.freeze({ ...def, check: (ctx: RuleContext) => ctx.analysis.groups.flatMap((g) => checkGroup(g, ctx.profile)) });
  }
  return Object.freeze({ ...def });
}

/** True for a group rule (one PERF.CHECK can run on a single row). */
export function isGroupRule<Id extends string>(rule: FormRule<Id>): rule is GroupRule<Id> {
  return "checkGroup" in rule;
}

/** The rows of a group, for highlights. */
export function groupRows(g: GroupAnalysis): { top: number; bottom: number } {
  return { top: g.group.firstRow, bottom: g.group.lastRow };
}

/** The display name of a row: its 三级 name, else its 二级. */
export function rowName(r: RowAnalysis): string {
  return r.indicator.level3 || r.indicator.level2;
}
