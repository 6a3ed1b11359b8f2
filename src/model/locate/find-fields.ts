import type { SheetView } from "../sheet-view";
import { headerKey } from "./header-text";
import { FIELD_LABELS, TITLE_MARKERS, type FieldName } from "./aliases";
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
