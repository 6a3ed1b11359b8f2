import type { FormAnalysis, GroupAnalysis, RowAnalysis } from "../analysis";
import type { CellPos } from "../form";
import type { MessageId, MessageParams } from "../messages";
import type { Profile } from "../profile";
import type { Severity } from "../report";

/** What a rule reports before it becomes a Finding: the cell, the row to file it under, the message. */
export interface Hit {
  severity: Severity;
  message: MessageId;
  params: MessageParams;
  pos: CellPos;
  /** 0-based sheet row the finding is filed under (a group's or the 总分 row). */
  row: number;
  /** Rows to highlight (score and explanation disagree), across the indicator table's columns. */
  highlight?: { top: number; bottom: number };
}

export interface RuleContext {
  profile: Profile;
  analysis: FormAnalysis;
  /** The recomputed total (written scores), shared by the total and grade rules; null when it is not finite. */
  total: number | null;
}

/** A check over a whole form. */
export interface FormRule {
  id: string;
  check(ctx: RuleContext): Hit[];
}

/** A check over one score group (a row, or a merged 二级 group): also run by PERF.CHECK on a single row. */
export interface GroupRule {
  id: string;
  checkGroup(group: GroupAnalysis, profile: Profile): Hit[];
}

/** Runs a group rule over every group of the form. */
export function overGroups(rule: GroupRule): FormRule {
  return { id: rule.id, check: (ctx) => ctx.analysis.groups.flatMap((g) => rule.checkGroup(g, ctx.profile)) };
}

/** The rows of a group, for highlights. */
export function groupRows(g: GroupAnalysis): { top: number; bottom: number } {
  return { top: g.group.firstRow, bottom: g.group.lastRow };
}

/** The display name of a row: its 三级 name, else its 二级. */
export function rowName(r: RowAnalysis): string {
  return r.indicator.level3 || r.indicator.level2;
}
