import { z } from "zod/mini";
import { GRADES } from "../scoring/grade";

/** How serious a finding is: errors send the form back, warnings need a look, info is a hint. */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof SeveritySchema>;

/** The language of messages: Chinese first, English available. */
export const LangSchema = z.enum(["zh", "en"]);
export type Lang = z.infer<typeof LangSchema>;

// The grades come from the band table (scoring/grade.ts), the one place that names them.
export const GradeSchema = z.enum(GRADES);
export type { Grade } from "../scoring/grade";

/** One thing a reviewer would flag, pinned to a sheet cell. */
export const FindingSchema = z.object({
  rule: z.string(),
  severity: SeveritySchema,
  sheet: z.string(),
  /** A1 reference of the cell the finding points at. */
  cell: z.string(),
  /** 1-based sheet row (an indicator's or its merged group's first row; the 总分 or 年度资金总额 row for form-level rules). */
  row: z.int().check(z.positive()),
  message: z.string(),
  /** True for the rules whose rows the add-in highlights (score and explanation disagree). */
  highlight: z.boolean(),
  /** 0-based sheet columns of the row span to highlight, when highlight is true. */
  span: z.optional(z.object({ top: z.int(), bottom: z.int(), left: z.int(), right: z.int() })),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Numbers as the form states them (entered) or as the engine recomputes them (computed). */
export const FiguresSchema = z.object({
  execRate: z.nullable(z.number()),
  execScore: z.nullable(z.number()),
  total: z.nullable(z.number()),
  grade: z.nullable(GradeSchema),
});
export type Figures = z.infer<typeof FiguresSchema>;

/** A cell the fix writes: a native Excel formula with its cached value, so the workbook works without the add-in. */
export const CellWriteSchema = z.object({
  sheet: z.string(),
  /** A1 reference of the cell written. */
  cell: z.string(),
  /** 1-based sheet row, like findings[].row (the row number Excel shows). */
  row: z.int().check(z.positive()),
  /**
   * 0-based sheet column (A = 0), like findings[].span's columns: hosts index columns from 0 (Office.js
   * offsets, the Grid) and the row is 1-based only because findings[].row, the row people read, is.
   */
  col: z.int().check(z.nonnegative()),
  /**
   * Formula without the leading "=", in English function names with "," separators: the total as
   * SUM(...) or, when a score is a number typed as text, SUMPRODUCT(--(0&TRIM(range))); the grade as
   * IF(ROUND(total,2)>=90,"优",...). Forms with no formula that recalculates to the engine's total get
   * none, and an info finding `fix-skipped` that says why.
   */
  formula: z.string(),
  value: z.union([z.number(), z.string()]),
  purpose: z.enum(["total", "grade"]),
});
export type CellWrite = z.infer<typeof CellWriteSchema>;

/** Everything the engine says about one form. */
export const FormReportSchema = z.object({
  sheet: z.string(),
  range: z.string(),
  project: z.nullable(z.string()),
  /** 主管部门 and 实施单位 as written, for the reviewer's summary; null when the form has none. */
  department: z.nullable(z.string()),
  implementer: z.nullable(z.string()),
  entered: FiguresSchema,
  computed: FiguresSchema,
  findings: z.array(FindingSchema),
  fixes: z.array(CellWriteSchema),
});
export type FormReport = z.infer<typeof FormReportSchema>;
