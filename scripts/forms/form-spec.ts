// A self-evaluation form as data, independent of any layout: the seeds and test fixtures are written
// this way and rendered into a Grid (tests) or an .xlsx (samples) by render-form.ts.

export type SpecValue = string | number | null;

/** A written number with the number format Excel would keep for it ("0%" for a typed "66%"). */
export interface Formatted {
  value: number;
  format: string;
}

export interface IndicatorSpec {
  level3: string;
  target: SpecValue;
  actual: SpecValue;
  /** Variant D: 指标性质 (≥, ≤, =) and 度量单位 columns. */
  nature?: string;
  unit?: string;
  /** A per-row explanation when the group's explanation is not merged (seed form 2 writes 无偏差 on every row). */
  reason?: string;
}

/** A 二级 group; its 分值/得分/reason are written once and merged over its rows when `merged` is true. */
export interface GroupSpec {
  level1: string;
  level2: string;
  weight: number | string | null;
  score: number | string | null;
  reason?: string;
  merged?: boolean;
  rows: IndicatorSpec[];
}

export interface FundRowSpec {
  label: string;
  initial?: SpecValue;
  budget?: SpecValue;
  executed?: SpecValue;
}

export interface FormSpec {
  title: string;
  year: string;
  project: string | null;
  department: string | null;
  implementer: string | null;
  fund: {
    initial: SpecValue;
    budget: SpecValue;
    executed: SpecValue;
    weight: SpecValue;
    rate: SpecValue | Formatted;
    score: SpecValue;
    sub: FundRowSpec[];
  };
  goals: { expected: string; actual: string };
  groups: GroupSpec[];
  total: { weight: SpecValue; score: SpecValue; grade?: string | null };
  /** Narrative rows after the table (seed: 项目绩效分析 … 制表人). */
  narrative?: string[][];
}

export const STANDARD_SUB_ROWS = ["其中：当年财政拨款", "上年结转资金", "其他资金"];
