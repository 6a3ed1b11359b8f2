import type { SheetView } from "../grid/sheet-view";
import { headerKey } from "./header-text";
import { CONCLUSION_LABELS, GRADE_LABELS, TABLE_END_LABELS, TOTAL_LABELS } from "./aliases";
import { findFields } from "./find-fields";
import { findFundRows } from "./find-fund-rows";
import { findFundHeader, findIndicatorHeaders, type IndicatorHeader } from "./find-headers";
import { acceptsGrade, isGradeWord } from "./grade-cell";
import type { CellPos, FormLayout, FundLayout } from "./layout";

function leftLabel(view: SheetView, row: number, from: number, to: number): string {
  for (let c = from; c <= to; c++) {
    const key = headerKey(view.text(row, c));
    if (key) return key;
  }
  return "";
}

function rowIsEmpty(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) if (view.raw(row, c) !== null && view.text(row, c) !== "") return false;
  return true;
}

/** The 总分 row under the table, looked for in the label columns left of the 二级/三级 columns. */
function findTotalRow(view: SheetView, header: IndicatorHeader, left: number, limit: number): FormLayout["total"] {
  const labelTo = Math.min(header.cols.level2 ?? header.cols.level3 ?? header.cols.target, header.cols.target) - 1;
  for (let r = header.row + 1; r <= limit; r++) {
    for (let c = left; c <= Math.max(left, labelTo); c++) {
      if (view.isCovered(r, c)) continue;
      if (TOTAL_LABELS.includes(headerKey(view.text(r, c)))) return { row: r, label: { row: r, col: c } };
    }
  }
  return null;
}

/** Where the table ends when there is no 总分 row: before the narrative block or the trailing blank rows. */
function findTableEnd(view: SheetView, header: IndicatorHeader, left: number, right: number, limit: number): number {
  let last = header.row;
  for (let r = header.row + 1; r <= limit; r++) {
    const label = leftLabel(view, r, left, right);
    if (TABLE_END_LABELS.some((l) => label.startsWith(l))) break;
    if (!rowIsEmpty(view, r, left, right)) last = r;
  }
  return last;
}

/**
 * Where the grade is (or may be written): a grade word in the 总分 row, else the cell right of a grade
 * label (等级…, or 评价结论 when it is not prose) just below, else the empty last cell of the 总分 row.
 * A labelled cell holding anything but a grade word or a placeholder is a person's text and is never
 * chosen, so a fix cannot overwrite a 评价结论 paragraph (青神 variant D).
 */
function findGrade(view: SheetView, totalRow: number, scoreCol: number, right: number, limit: number): FormLayout["grade"] {
  for (let c = scoreCol + 1; c <= right; c++) {
    if (isGradeWord(view.text(totalRow, c))) return { pos: { row: totalRow, col: c }, written: true };
  }
  for (let r = totalRow; r <= Math.min(limit, totalRow + 3); r++) {
    for (let c = view.left; c < right; c++) {
      const key = headerKey(view.text(r, c));
      if (!GRADE_LABELS.includes(key) && !CONCLUSION_LABELS.includes(key)) continue;
      const m = view.merge(r, c);
      const pos: CellPos = { row: r, col: (m ? m.right : c) + 1 };
      const text = view.text(pos.row, pos.col);
      if (acceptsGrade(text)) return { pos, written: isGradeWord(text) };
    }
  }
  for (let c = right; c > scoreCol; c--) {
    if (view.isCovered(totalRow, c)) continue;
    return view.text(totalRow, c) === "" ? { pos: { row: totalRow, col: c }, written: false } : null;
  }
  return null;
}

function spanOf(header: IndicatorHeader, fund: FundLayout | null, left: number): { left: number; right: number } {
  const cols = [...(Object.values(header.cols) as number[]), ...(fund ? (Object.values(fund.cols) as number[]) : [])];
  return { left: Math.min(left, ...cols), right: Math.max(...cols) };
}

// How far left of 一级指标 the 绩效指标 / 项目资金 / 总分 labels may sit (a spacer column, labels merged A:B).
const LABEL_REACH = 3;

/** The leftmost column, a few left of the table, that holds labels of this form (text or merged areas). */
function labelColumn(view: SheetView, header: IndicatorHeader, ceiling: number): number {
  const firstCol = Math.min(...(Object.values(header.cols) as number[]));
  let left = firstCol;
  const rows = Math.min(ceiling, header.row + 400);
  for (let c = firstCol - 1; c >= Math.max(view.left, firstCol - LABEL_REACH); c--) {
    for (let r = Math.max(view.top, header.row - 12); r <= rows; r++) {
      if (view.text(r, c) !== "") {
        left = c;
        break;
      }
    }
  }
  return left;
}

interface Skeleton {
  header: IndicatorHeader;
  fund: FundLayout | null;
  total: FormLayout["total"];
  lastRow: number;
  left: number;
  right: number;
}

/** Pass 1: each table header with its fund block above and its 总分 row (or end) below. */
function skeletons(view: SheetView, headers: IndicatorHeader[]): Skeleton[] {
  const out: Skeleton[] = [];
  let floor = view.top - 1;
  headers.forEach((header, i) => {
    const ceiling = i + 1 < headers.length ? headers[i + 1].row - 1 : view.bottom;
    const fundHeader = findFundHeader(view, floor, header.row);
    const labelLeft = labelColumn(view, header, ceiling);
    const fund = fundHeader ? findFundRows(view, fundHeader, labelLeft, header.row - 1) : null;
    const { left, right } = spanOf(header, fund, labelLeft);
    let total = findTotalRow(view, header, left, ceiling);
    // A 总分 found past the next form's fund block belongs to that form.
    const nextFund = i + 1 < headers.length ? findFundHeader(view, header.row, headers[i + 1].row) : null;
    if (total && nextFund && total.row > nextFund.row) total = null;
    const lastRow = total ? total.row - 1 : findTableEnd(view, header, left, right, nextFund ? nextFund.row - 1 : ceiling);
    out.push({ header, fund, total, lastRow, left, right });
    floor = total ? total.row : lastRow;
  });
  return out;
}

/**
 * Finds every form on a sheet. Each indicator-table header anchors one form; its fund block, fields and
 * title are looked for above it (down to the previous form), its 总分 row below it.
 */
export function locateForms(view: SheetView): FormLayout[] {
  const parts = skeletons(view, findIndicatorHeaders(view));
  const tops: number[] = [];
  const partial = parts.map((p, i) => {
    const floor = i === 0 ? view.top - 1 : (parts[i - 1].total?.row ?? parts[i - 1].lastRow);
    const top = p.fund ? p.fund.headerRow : p.header.row;
    const { fields, title } = findFields(view, floor + 1, top - 1, p.right);
    const labelRows = [top, title?.pos.row, ...Object.values(fields).map((f) => f?.label.row)];
    tops.push(Math.min(...labelRows.filter((r): r is number => typeof r === "number")));
    return { fields, title };
  });
  return parts.map((p, i) => {
    const ceiling = i + 1 < parts.length ? tops[i + 1] - 1 : view.bottom;
    let bottom = ceiling;
    while (bottom > p.header.row && rowIsEmpty(view, bottom, p.left, p.right)) bottom--;
    const grade = p.total ? findGrade(view, p.total.row, p.header.cols.score, p.right, ceiling) : null;
    return {
      range: { top: tops[i], left: p.left, bottom: Math.max(bottom, p.total?.row ?? p.lastRow), right: p.right },
      title: partial[i].title,
      fields: partial[i].fields,
      fund: p.fund,
      table: { headerRow: p.header.row, firstRow: p.header.row + 1, lastRow: p.lastRow, cols: p.header.cols },
      total: p.total,
      grade,
    };
  });
}
