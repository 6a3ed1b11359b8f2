import { z } from "zod/mini";

// The parsed form: what the locator and parser read off a sheet, before any judgement. Positions are
// 0-based sheet coordinates so rules can point at real cells.

export const CellPosSchema = z.object({ row: z.int().check(z.nonnegative()), col: z.int().check(z.nonnegative()) });
export type CellPos = z.infer<typeof CellPosSchema>;

const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A value read from a cell, with where it came from. */
export const ReadCellSchema = z.object({ pos: CellPosSchema, value: CellValueSchema, format: z.nullable(z.string()) });
export type ReadCell = z.infer<typeof ReadCellSchema>;

export const FieldSchema = z.object({ label: CellPosSchema, value: ReadCellSchema });

export const FundRowSchema = z.object({
  row: z.int(),
  label: z.string(),
  initial: z.nullable(ReadCellSchema),
  budget: ReadCellSchema,
  executed: ReadCellSchema,
});
export type FundRow = z.infer<typeof FundRowSchema>;

export const FundSchema = z.object({
  total: FundRowSchema,
  weight: z.nullable(ReadCellSchema),
  rate: z.nullable(ReadCellSchema),
  score: z.nullable(ReadCellSchema),
  sub: z.array(FundRowSchema),
});
export type Fund = z.infer<typeof FundSchema>;

/**
 * The 年度总体目标 block: its label, and the text cells under (or beside) 预期目标 and 实际完成情况; either is
 * null when the layout has no place for it.
 */
export const GoalsSchema = z.object({ label: CellPosSchema, expected: z.nullable(ReadCellSchema), actual: z.nullable(ReadCellSchema) });
export type Goals = z.infer<typeof GoalsSchema>;

/** One 三级 indicator row. */
export const IndicatorSchema = z.object({
  row: z.int(),
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  nature: z.nullable(z.string()),
  unit: z.nullable(z.string()),
  target: ReadCellSchema,
  actual: ReadCellSchema,
  reason: z.nullable(ReadCellSchema),
  /** No name, target or actual: an empty 二级 placeholder row. */
  blank: z.boolean(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** The rows that share one written 分值/得分: a single row, or a 二级 group merged over several rows. */
export const ScoreGroupSchema = z.object({
  firstRow: z.int(),
  lastRow: z.int(),
  level1: z.string(),
  level2: z.string(),
  weight: ReadCellSchema,
  score: ReadCellSchema,
  /** The reason cell of the group's first row. */
  reasonCell: z.nullable(CellPosSchema),
  /** Every distinct explanation written in the group's rows, joined. */
  reason: z.string(),
  indicators: z.array(IndicatorSchema),
});
export type ScoreGroup = z.infer<typeof ScoreGroupSchema>;

export const ParsedFormSchema = z.object({
  sheet: z.string(),
  range: z.object({ top: z.number(), left: z.number(), bottom: z.number(), right: z.number() }),
  title: z.nullable(z.string()),
  fields: z.object({ project: z.nullable(FieldSchema), department: z.nullable(FieldSchema), implementer: z.nullable(FieldSchema) }),
  fund: z.nullable(FundSchema),
  /** 年度总体目标, null when the form has no goal block. */
  goals: z.nullable(GoalsSchema),
  /** Columns of the indicator table, for highlights and formulas. */
  columns: z.object({ first: z.number(), last: z.number(), score: z.number(), weight: z.number(), reason: z.nullable(z.number()) }),
  tableRows: z.object({ first: z.number(), last: z.number() }),
  groups: z.array(ScoreGroupSchema),
  total: z.nullable(z.object({ row: z.number(), label: CellPosSchema, weight: ReadCellSchema, score: ReadCellSchema })),
  grade: z.nullable(z.object({ cell: ReadCellSchema, written: z.boolean() })),
});
export type ParsedForm = z.infer<typeof ParsedFormSchema>;
