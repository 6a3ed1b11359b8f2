import { z } from "zod";

// The parsed form: what the locator and parser read off a sheet, before any judgement. Positions are
// 0-based sheet coordinates so rules can point at real cells.

export const CellPosSchema = z.object({ row: z.number().int().nonnegative(), col: z.number().int().nonnegative() });
export type CellPos = z.infer<typeof CellPosSchema>;

const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A value read from a cell, with where it came from. */
export const ReadCellSchema = z.object({ pos: CellPosSchema, value: CellValueSchema, format: z.string().nullable() });
export type ReadCell = z.infer<typeof ReadCellSchema>;

export const FieldSchema = z.object({ label: CellPosSchema, value: ReadCellSchema });

export const FundRowSchema = z.object({
  row: z.number().int(),
  label: z.string(),
  initial: ReadCellSchema.nullable(),
  budget: ReadCellSchema,
  executed: ReadCellSchema,
});
export type FundRow = z.infer<typeof FundRowSchema>;

export const FundSchema = z.object({
  total: FundRowSchema,
  weight: ReadCellSchema.nullable(),
  rate: ReadCellSchema.nullable(),
  score: ReadCellSchema.nullable(),
  sub: z.array(FundRowSchema),
});
export type Fund = z.infer<typeof FundSchema>;

/** One 三级 indicator row. */
export const IndicatorSchema = z.object({
  row: z.number().int(),
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  nature: z.string().nullable(),
  unit: z.string().nullable(),
  target: ReadCellSchema,
  actual: ReadCellSchema,
  reason: ReadCellSchema.nullable(),
  /** No name, target or actual: an empty 二级 placeholder row. */
  blank: z.boolean(),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

/** The rows that share one written 分值/得分: a single row, or a 二级 group merged over several rows. */
export const ScoreGroupSchema = z.object({
  firstRow: z.number().int(),
  lastRow: z.number().int(),
  level1: z.string(),
  level2: z.string(),
  weight: ReadCellSchema,
  score: ReadCellSchema,
  /** The reason cell of the group's first row. */
  reasonCell: CellPosSchema.nullable(),
  /** Every distinct explanation written in the group's rows, joined. */
  reason: z.string(),
  indicators: z.array(IndicatorSchema),
});
export type ScoreGroup = z.infer<typeof ScoreGroupSchema>;

export const ParsedFormSchema = z.object({
  sheet: z.string(),
  range: z.object({ top: z.number(), left: z.number(), bottom: z.number(), right: z.number() }),
  title: z.string().nullable(),
  fields: z.object({ project: FieldSchema.nullable(), department: FieldSchema.nullable(), implementer: FieldSchema.nullable() }),
  fund: FundSchema.nullable(),
  /** Columns of the indicator table, for highlights and formulas. */
  columns: z.object({ first: z.number(), last: z.number(), score: z.number(), weight: z.number(), reason: z.number().nullable() }),
  tableRows: z.object({ first: z.number(), last: z.number() }),
  groups: z.array(ScoreGroupSchema),
  total: z.object({ row: z.number(), label: CellPosSchema, weight: ReadCellSchema, score: ReadCellSchema }).nullable(),
  grade: z.object({ cell: ReadCellSchema, written: z.boolean() }).nullable(),
});
export type ParsedForm = z.infer<typeof ParsedFormSchema>;
