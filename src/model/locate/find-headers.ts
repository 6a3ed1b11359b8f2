import type { SheetView } from "../grid/sheet-view";
import { headerKey } from "./header-text";
import { FUND_HEADERS, INDICATOR_HEADERS, REQUIRED_INDICATOR_COLUMNS, type FundColumn, type IndicatorColumn } from "./aliases";

type Aliases<K extends string> = Record<K, string[]>;

// Long free-text headers vary most between provinces; accept a containing match for them only.
const LOOSE: Partial<Record<IndicatorColumn, (key: string) => boolean>> = {
  reason: (k) => k.includes("原因") && k.length <= 20,
  target: (k) => k.endsWith("指标值") && k.length <= 8,
  actual: (k) => (k.endsWith("完成值") || k.endsWith("实际值")) && k.length <= 8,
};

function exactColumn<K extends string>(key: string, aliases: Aliases<K>): K | null {
  for (const name of Object.keys(aliases) as K[]) if (aliases[name].includes(key)) return name;
  return null;
}

/** Maps the header cells of one row to column roles; the first cell wins when a role repeats. */
export function mapHeaderRow<K extends string>(
  view: SheetView,
  row: number,
  aliases: Aliases<K>,
  loose: Partial<Record<K, (key: string) => boolean>> = {},
): Partial<Record<K, number>> {
  const cols: Partial<Record<K, number>> = {};
  for (let c = view.left; c <= view.right; c++) {
    if (view.isCovered(row, c)) continue;
    const raw = view.raw(row, c);
    if (typeof raw !== "string" || raw.length > 40) continue;
    const key = headerKey(raw);
    if (!key) continue;
    let role = exactColumn(key, aliases);
    if (role === null) {
      for (const name of Object.keys(loose) as K[]) if (loose[name]?.(key)) role = name;
    }
    if (role !== null && cols[role] === undefined) cols[role] = c;
  }
  return cols;
}

export type IndicatorHeader = {
  row: number;
  cols: Partial<Record<IndicatorColumn, number>> & Record<"target" | "actual" | "weight" | "score", number>;
};

/** The rows that head an indicator table: target, actual, weight and score columns plus a 二级 or 三级 column. */
export function findIndicatorHeaders(view: SheetView): IndicatorHeader[] {
  const found: IndicatorHeader[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (!rowMentions(view, r, "得")) continue; // every score header (得分, 自评得分) has it: a cheap first cut

    const cols = mapHeaderRow(view, r, INDICATOR_HEADERS, LOOSE);
    if (!REQUIRED_INDICATOR_COLUMNS.every((k) => cols[k] !== undefined)) continue;
    if (cols.level2 === undefined && cols.level3 === undefined) continue;
    found.push({ row: r, cols: cols as IndicatorHeader["cols"] });
  }
  return found;
}

export type FundHeader = { row: number; cols: Partial<Record<FundColumn, number>> & { budget: number; executed: number } };

/** The nearest fund-block header row above `below` and after `after`: it names a budget and an executed column. */
export function findFundHeader(view: SheetView, after: number, below: number): FundHeader | null {
  for (let r = below - 1; r > after; r--) {
    const cols = mapHeaderRow(view, r, FUND_HEADERS);
    if (cols.budget !== undefined && cols.executed !== undefined) return { row: r, cols: cols as FundHeader["cols"] };
  }
  return null;
}

function rowMentions(view: SheetView, row: number, ch: string): boolean {
  for (let c = view.left; c <= view.right; c++) {
    const v = view.raw(row, c);
    if (typeof v === "string" && v.length <= 40 && v.includes(ch)) return true;
  }
  return false;
}
