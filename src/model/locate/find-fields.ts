import type { SheetView } from "../grid/sheet-view";
import { headerKey } from "./header-text";
import { FIELD_LABELS, GOAL_ACTUAL_HEADERS, GOAL_EXPECTED_HEADERS, GOAL_LABELS, TITLE_MARKERS, type FieldName } from "./aliases";
import type { CellPos, FormLayout } from "./layout";

const ALL_LABELS = Object.values(FIELD_LABELS).flat();

function fieldOf(key: string): FieldName | null {
  for (const name of Object.keys(FIELD_LABELS) as FieldName[]) {
    if (FIELD_LABELS[name].some((l) => key === l || (key.startsWith(l) && key.length <= l.length + 2))) return name;
  }
  return null;
}

/** The first cell right of a label (past the label's own merged area) that is not itself a label. */
function valueCellRight(view: SheetView, row: number, col: number, right: number): CellPos {
  const m = view.merge(row, col);
  const start = (m ? m.right : col) + 1;
  for (let c = start; c <= right; c++) {
    if (view.isCovered(row, c)) continue;
    const key = headerKey(view.text(row, c));
    if (key === "") continue;
    if (ALL_LABELS.some((l) => key.startsWith(l))) break;
    return { row, col: c };
  }
  // No value cell inside the sheet: point at the label itself rather than past the used range.
  return { row, col: start <= right ? start : col };
}

/** Finds 项目名称 / 主管部门 / 实施单位 and the title between two rows, left to right. */
export function findFields(
  view: SheetView,
  fromRow: number,
  toRow: number,
  right: number,
): { fields: FormLayout["fields"]; title: FormLayout["title"] } {
  const fields: FormLayout["fields"] = { project: null, department: null, implementer: null };
  let title: FormLayout["title"] = null;
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = view.left; c <= view.right; c++) {
      if (view.isCovered(r, c)) continue;
      const text = view.text(r, c);
      if (!text || text.length > 60) continue;
      const key = headerKey(text);
      if (title === null && TITLE_MARKERS.some((t) => key.includes(t))) title = { pos: { row: r, col: c }, text };
      const name = fieldOf(key);
      if (name && fields[name] === null) fields[name] = { label: { row: r, col: c }, value: valueCellRight(view, r, c, right) };
    }
  }
  return { fields, title };
}

/** Where the 年度总体目标 block sits: its label and the cells that hold the expected and achieved goal text. */
export interface GoalCells {
  label: CellPos;
  expected: CellPos | null;
  actual: CellPos | null;
}

type GoalPart = "expected" | "actual";

// A label or header is a short cell; a goal narrative that merely mentions 年度总体目标 is not one.
const MAX_LABEL_LENGTH = 20;

function goalPartOf(key: string): GoalPart | null {
  if (GOAL_ACTUAL_HEADERS.includes(key)) return "actual";
  if (GOAL_EXPECTED_HEADERS.includes(key)) return "expected";
  return null;
}

function isGoalText(view: SheetView, row: number, col: number): boolean {
  const text = view.text(row, col);
  if (!text || text.length > MAX_LABEL_LENGTH) return false;
  const key = headerKey(text);
  return GOAL_LABELS.includes(key) || goalPartOf(key) !== null;
}

/** The first cell right of a cell's merged area, or null past the form's right edge. */
function rightOf(view: SheetView, row: number, col: number, right: number): CellPos | null {
  const m = view.merge(row, col);
  const c = (m ? m.right : col) + 1;
  return c <= right ? { row, col: c } : null;
}

/** The cell under a cell's merged area, or null past the block's last row. */
function below(view: SheetView, row: number, col: number, bottom: number): CellPos | null {
  const m = view.merge(row, col);
  const r = (m ? m.bottom : row) + 1;
  return r <= bottom ? { row: r, col } : null;
}

/**
 * The text cell of a goal header: under it when the headers stand side by side (the national layout:
 * 预期目标 | 实际完成情况 over two text cells), beside it when they are stacked (or the cell under it is
 * another header).
 */
function goalValue(view: SheetView, header: CellPos, stacked: boolean, bottom: number, right: number): CellPos | null {
  const under = below(view, header.row, header.col, bottom);
  const beside = rightOf(view, header.row, header.col, right);
  const usable = (p: CellPos | null) => p !== null && !isGoalText(view, p.row, p.col);
  if (!stacked && usable(under)) return under;
  if (usable(beside)) return beside;
  return usable(under) ? under : null;
}

/**
 * Finds the 年度总体目标 block between two rows (above the indicator table): the first goal label, the
 * 预期目标 / 实际完成情况 headers in the label's rows (中江: 年初设定目标 / 年度总体目标完成情况综述; 青神:
 * 年度目标 / 实际完成情况), and the text cell of each. Without headers the label's own wording decides:
 * 年度总体目标 beside its text is the expected goal, 年度总体目标完成情况 beside its text the achieved one,
 * and a second such label in the next rows fills the other. Null when the form has no goal block.
 */
export function findGoals(view: SheetView, fromRow: number, toRow: number, left: number, right: number): GoalCells | null {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = left; c <= right; c++) {
      if (view.isCovered(r, c)) continue;
      const text = view.text(r, c);
      if (!text || text.length > MAX_LABEL_LENGTH || !GOAL_LABELS.includes(headerKey(text))) continue;
      return goalBlock(view, { row: r, col: c }, toRow, right);
    }
  }
  return null;
}

function goalBlock(view: SheetView, label: CellPos, toRow: number, right: number): GoalCells {
  const m = view.merge(label.row, label.col);
  const labelBottom = Math.min(m ? m.bottom : label.row, toRow);
  const labelRight = m ? m.right : label.col;
  const headers: Partial<Record<GoalPart, CellPos>> = {};
  for (let r = label.row; r <= labelBottom; r++) {
    for (let c = labelRight + 1; c <= right; c++) {
      if (view.isCovered(r, c)) continue;
      const text = view.text(r, c);
      if (!text || text.length > MAX_LABEL_LENGTH) continue;
      const part = goalPartOf(headerKey(text));
      if (part && !headers[part]) headers[part] = { row: r, col: c };
    }
  }
  if (headers.expected || headers.actual) {
    const stacked = headers.expected !== undefined && headers.actual !== undefined && headers.expected.row !== headers.actual.row;
    // The text sits under the headers, inside the label's rows or the one row after the header row.
    const bottom = (h: CellPos) => Math.min(toRow, Math.max(labelBottom, (view.merge(h.row, h.col)?.bottom ?? h.row) + 1));
    return {
      label,
      expected: headers.expected ? goalValue(view, headers.expected, stacked, bottom(headers.expected), right) : null,
      actual: headers.actual ? goalValue(view, headers.actual, stacked, bottom(headers.actual), right) : null,
    };
  }
  // No headers: "年度总体目标 | text", perhaps followed by "年度总体目标完成情况 | text" a row or two below.
  const out: GoalCells = { label, expected: null, actual: null };
  for (let r = label.row; r <= Math.min(toRow, label.row + 3); r++) {
    if (r !== label.row && view.isCovered(r, label.col)) continue;
    const key = headerKey(view.text(r, label.col));
    if (!GOAL_LABELS.includes(key) && goalPartOf(key) === null) continue;
    const part: GoalPart = GOAL_ACTUAL_HEADERS.includes(key) ? "actual" : "expected";
    if (out[part]) continue;
    const value = rightOf(view, r, label.col, right);
    out[part] = value && !isGoalText(view, value.row, value.col) ? value : null;
  }
  return out;
}
