import type { Indicator, ScoreGroup } from "./form";
import type { TableLayout } from "../locate/layout";
import { cellText, type SheetView } from "../grid/sheet-view";
import { memoByText } from "../values/text-cache";
import { isBlankCell, readCell } from "./read-cell";

/** The parts of an explanation joined with "；", split once per distinct text (one reason pasted in every row). */
const reasonParts = memoByText((reason: string): readonly string[] => reason.split("；"));

/** A label column read with fill-down: merged areas give their master's text, blank cells repeat the last label. */
function labelReader(view: SheetView, col: number | undefined) {
  let last = "";
  return (row: number): string => {
    if (col === undefined) return "";
    const text = view.text(row, col);
    if (text) last = text;
    return last;
  };
}

function readIndicator(view: SheetView, cols: TableLayout["cols"], row: number, level1: string, level2: string): Indicator {
  const level3 = cols.level3 !== undefined ? cellText(view.raw(row, cols.level3)) : "";
  const target = readCell(view, row, cols.target);
  const actual = readCell(view, row, cols.actual);
  return {
    row,
    level1,
    level2,
    level3,
    nature: cols.nature !== undefined ? cellText(view.raw(row, cols.nature)) || null : null,
    unit: cols.unit !== undefined ? cellText(view.raw(row, cols.unit)) || null : null,
    target,
    actual,
    reason: cols.reason !== undefined ? readCell(view, row, cols.reason) : null,
    blank: level3 === "" && isBlankCell(target) && isBlankCell(actual),
  };
}

/**
 * A new score group starts where a 分值 or 得分 is written, or where a new 二级 label starts; rows under a
 * merged (or blank) 分值 in the same 二级 join the group above. This reads the seed's merged groups with
 * or without merge information from the host.
 */
function startsGroup(view: SheetView, cols: TableLayout["cols"], row: number, first: boolean): boolean {
  if (first) return true;
  if (!isBlankCell(readCell(view, row, cols.weight)) || !isBlankCell(readCell(view, row, cols.score))) return true;
  if (view.isCovered(row, cols.weight)) return false;
  for (const col of [cols.level1, cols.level2]) {
    if (col !== undefined && !view.isCovered(row, col) && view.text(row, col) !== "") return true;
  }
  return false;
}

/** Reads the indicator rows of a table into score groups. */
export function parseGroups(view: SheetView, table: TableLayout): ScoreGroup[] {
  const groups: ScoreGroup[] = [];
  // The parts of the current group's joined explanation: a set, so a long group is not rescanned per row.
  let reasons = new Set<string>();
  const level1Of = labelReader(view, table.cols.level1);
  const level2Of = labelReader(view, table.cols.level2);
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const starts = startsGroup(view, table.cols, row, groups.length === 0);
    const level1 = level1Of(row);
    const level2 = level2Of(row);
    const indicator = readIndicator(view, table.cols, row, level1, level2);
    if (starts) {
      reasons = new Set();
      groups.push({
        firstRow: row,
        lastRow: row,
        level1,
        level2,
        weight: readCell(view, row, table.cols.weight),
        score: readCell(view, row, table.cols.score),
        reasonCell: table.cols.reason !== undefined ? { row, col: table.cols.reason } : null,
        reason: "",
        indicators: [],
      });
    }
    const group = groups[groups.length - 1];
    group.lastRow = row;
    group.indicators.push(indicator);
    const reason = indicator.reason ? cellText(indicator.reason.value) : "";
    if (reason && !reasons.has(reason)) {
      // A reason already written as one part of an earlier "a；b" is not repeated either.
      for (const part of reasonParts(reason)) reasons.add(part);
      group.reason = group.reason ? `${group.reason}；${reason}` : reason;
    }
  }
  // Rows with nothing at all (blank lines inside the table) are not indicators.
  return groups
    .map((g) => {
      const indicators = g.indicators.filter((i) => !isEmptyRow(view, table, i));
      // Trailing blank lines are not part of the group; a merged 分值 still spans its whole area.
      const mergedTo = view.merge(g.firstRow, table.cols.weight)?.bottom ?? g.firstRow;
      const lastRow = Math.min(g.lastRow, Math.max(mergedTo, ...indicators.map((i) => i.row)));
      return { ...g, lastRow, indicators };
    })
    .filter((g) => g.indicators.length > 0 || !isBlankCell(g.weight) || !isBlankCell(g.score));
}

function isEmptyRow(view: SheetView, table: TableLayout, i: Indicator): boolean {
  if (!i.blank) return false;
  for (const col of Object.values(table.cols) as number[]) if (view.text(i.row, col) !== "" && !view.isCovered(i.row, col)) return false;
  return true;
}
