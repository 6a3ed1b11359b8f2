// Renders a FormSpec into sheet cells in one of the provincial layouts (docs/rules.md#layouts), at any
// offset and with optionally noisy headers, so the locator is tested on what real sheets look like.
import type { CellRange } from "../../src/model/grid/address";
import type { CellValue, Grid } from "../../src/model/grid/grid";
import type { FormSpec, Formatted, SpecValue } from "./form-spec";

export type Variant = "A" | "C" | "D";

export interface RenderOptions {
  variant?: Variant;
  /** 0-based sheet row/column of the form's top-left cell. */
  startRow?: number;
  startCol?: number;
  /** Headers with line breaks, stray/full-width spaces, full-width brackets and (A)/(B) suffixes. */
  noisyHeaders?: boolean;
  /** An empty row between the fund block and the goals, and one before 总分. */
  blankRows?: boolean;
}

export interface RenderedForm {
  values: CellValue[][];
  formats: (string | null)[][];
  merges: CellRange[];
  /** Where the form ended up, for assertions (0-based sheet rows). */
  rows: { fundTotal: number; indicatorHeader: number; firstIndicator: number; total: number; last: number };
}

interface Columns {
  width: number;
  fundHeaders: [number, string][];
  fund: { label: number; initial: number | null; budget: number; executed: number; weight: number; rate: number; score: number };
  indicatorHeaders: [number, string][];
  ind: {
    level1: number;
    level2: number;
    level3: number;
    nature: number | null;
    target: number;
    unit: number | null;
    actual: number;
    weight: number;
    score: number;
    reason: number;
  };
  fundLabel: string;
  indicatorLabel: string;
  goalHeaders: [string, string];
  subLabels: string[] | null;
  totalLabelEnd: number;
}

const NOISY: Record<string, string> = {
  全年预算数: "全年预算数\n（A）",
  全年执行数: "全年执行数（B）",
  执行率: "执行率\n(B/A)",
  年度指标值: "年度\n指标值",
  实际完成值: " 实际完成值 ",
  分值: "分　值",
  偏差原因分析及改进措施: "偏差原因分析\n及改进措施",
  一级指标: "一级\n指标",
  三级指标: "三 级 指 标",
  项目名称: "项目名称 ",
  总分: "总　分",
};

function layout(variant: Variant): Columns {
  if (variant === "C") {
    return {
      width: 9,
      fundHeaders: [
        [2, "全年预算数（A）"],
        [3, "全年执行数（B）"],
        [4, "分值"],
        [5, "执行率（B/A）"],
        [6, "得分"],
      ],
      fund: { label: 1, initial: null, budget: 2, executed: 3, weight: 4, rate: 5, score: 6 },
      indicatorHeaders: [
        [1, "一级指标"],
        [2, "二级指标"],
        [3, "三级指标"],
        [4, "分值"],
        [5, "年度指标值"],
        [6, "全年实际值"],
        [7, "得分"],
        [8, "未完成原因及拟采取的改进措施"],
      ],
      ind: { level1: 1, level2: 2, level3: 3, nature: null, weight: 4, target: 5, unit: null, actual: 6, score: 7, reason: 8 },
      fundLabel: "项目资金（万元）",
      indicatorLabel: "绩效指标",
      goalHeaders: ["年初设定目标", "年度总体目标完成情况综述"],
      subLabels: null,
      totalLabelEnd: 3,
    };
  }
  if (variant === "D") {
    return {
      width: 11,
      fundHeaders: [
        [2, "年初预算"],
        [3, "调整后预算数"],
        [4, "预算执行数"],
        [5, "预算执行率"],
        [6, "权重"],
        [7, "得分"],
        [8, "原因"],
      ],
      fund: { label: 1, initial: 2, budget: 3, executed: 4, rate: 5, weight: 6, score: 7 },
      indicatorHeaders: [
        [1, "一级指标"],
        [2, "二级指标"],
        [3, "三级指标"],
        [4, "指标性质"],
        [5, "指标值"],
        [6, "度量单位"],
        [7, "完成值"],
        [8, "权重"],
        [9, "得分"],
        [10, "未完成原因分析"],
      ],
      ind: { level1: 1, level2: 2, level3: 3, nature: 4, target: 5, unit: 6, actual: 7, weight: 8, score: 9, reason: 10 },
      fundLabel: "预算执行情况（10分）",
      indicatorLabel: "绩效指标（90分）",
      goalHeaders: ["年度目标", "实际完成情况"],
      subLabels: ["其中：财政资金", "财政专户管理资金", "单位资金", "其他资金"],
      totalLabelEnd: 7,
    };
  }
  return {
    width: 9,
    fundHeaders: [
      [2, "年初预算数"],
      [3, "全年预算数"],
      [4, "全年执行数"],
      [5, "分值"],
      [6, "执行率"],
      [7, "得分"],
    ],
    fund: { label: 1, initial: 2, budget: 3, executed: 4, weight: 5, rate: 6, score: 7 },
    indicatorHeaders: [
      [1, "一级指标"],
      [2, "二级指标"],
      [3, "三级指标"],
      [4, "年度指标值"],
      [5, "实际完成值"],
      [6, "分值"],
      [7, "得分"],
      [8, "偏差原因分析及改进措施"],
    ],
    ind: { level1: 1, level2: 2, level3: 3, nature: null, target: 4, unit: null, actual: 5, weight: 6, score: 7, reason: 8 },
    fundLabel: "项目资金（万元）",
    indicatorLabel: "绩效指标",
    goalHeaders: ["预期目标", "实际完成情况"],
    subLabels: null,
    totalLabelEnd: 5,
  };
}

/** Lays a form out as cells; the result can become a Grid (tests) or an .xlsx sheet (samples). */
export function renderForm(spec: FormSpec, options: RenderOptions = {}): RenderedForm {
  const variant = options.variant ?? "A";
  const cols = layout(variant);
  const r0 = options.startRow ?? 0;
  const c0 = options.startCol ?? 0;
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges: CellRange[] = [];
  const head = (text: string) => (options.noisyHeaders ? (NOISY[text] ?? text) : text);

  const set = (row: number, col: number, v: SpecValue | Formatted | undefined) => {
    const R = r0 + row;
    const C = c0 + col;
    while (values.length <= R) {
      values.push([]);
      formats.push([]);
    }
    if (v === undefined) return;
    if (v !== null && typeof v === "object") {
      values[R][C] = v.value;
      formats[R][C] = v.format;
    } else {
      values[R][C] = v;
    }
  };
  const merge = (top: number, left: number, bottom: number, right: number) => {
    if (top === bottom && left === right) return;
    merges.push({ top: r0 + top, left: c0 + left, bottom: r0 + bottom, right: c0 + right });
  };
  const last = cols.width - 1;
  let r = 0;

  set(r, 0, variant === "D" ? "部门预算项目支出绩效自评表" : spec.title);
  merge(r, 0, r, last);
  r++;
  set(r, 0, spec.year);
  merge(r, 0, r, last);
  r++;
  set(r, 0, head("项目名称"));
  set(r, 1, spec.project);
  merge(r, 1, r, last);
  r++;
  set(r, 0, "主管部门");
  set(r, 1, spec.department);
  merge(r, 1, r, 3);
  set(r, 4, variant === "D" ? "项目实施单位" : "实施单位");
  set(r, 5, spec.implementer);
  merge(r, 5, r, last);
  r++;

  // Fund block.
  const subLabels = cols.subLabels ?? spec.fund.sub.map((s) => s.label);
  const fundTop = r;
  set(r, 0, cols.fundLabel);
  for (const [c, text] of cols.fundHeaders) set(r, c, head(text));
  r++;
  const fundTotal = r;
  const f = cols.fund;
  set(r, f.label, variant === "D" ? "总额" : "年度资金总额");
  if (f.initial !== null) set(r, f.initial, spec.fund.initial);
  set(r, f.budget, spec.fund.budget);
  set(r, f.executed, spec.fund.executed);
  set(r, f.weight, spec.fund.weight);
  set(r, f.rate, spec.fund.rate);
  set(r, f.score, spec.fund.score);
  r++;
  subLabels.forEach((label, i) => {
    const s = spec.fund.sub[i];
    set(r, f.label, label);
    if (s) {
      if (f.initial !== null) set(r, f.initial, s.initial);
      set(r, f.budget, s.budget);
      set(r, f.executed, s.executed);
    }
    if (variant !== "D") {
      set(r, f.weight, "—");
      set(r, f.score, "—");
    }
    r++;
  });
  merge(fundTop, 0, r - 1, 0);
  if (options.blankRows) r++;

  // Goals.
  const half = Math.floor(cols.width / 2);
  set(r, 0, "年度总体目标");
  merge(r, 0, r + 1, 0);
  set(r, 1, cols.goalHeaders[0]);
  merge(r, 1, r, half);
  set(r, half + 1, cols.goalHeaders[1]);
  merge(r, half + 1, r, last);
  r++;
  set(r, 1, spec.goals.expected);
  merge(r, 1, r, half);
  set(r, half + 1, spec.goals.actual);
  merge(r, half + 1, r, last);
  r++;

  // Indicator table.
  const indicatorHeader = r;
  set(r, 0, cols.indicatorLabel);
  for (const [c, text] of cols.indicatorHeaders) set(r, c, head(text));
  r++;
  const firstIndicator = r;
  const ind = cols.ind;
  let level1Start = r;
  spec.groups.forEach((g, gi) => {
    const top = r;
    for (const row of g.rows) {
      set(r, ind.level3, row.level3 || null);
      set(r, ind.target, row.target);
      set(r, ind.actual, row.actual);
      if (ind.nature !== null && row.nature !== undefined) set(r, ind.nature, row.nature);
      if (ind.unit !== null && row.unit !== undefined) set(r, ind.unit, row.unit);
      if (row.reason !== undefined) set(r, ind.reason, row.reason);
      r++;
    }
    const bottom = r - 1;
    set(top, ind.level2, g.level2);
    merge(top, ind.level2, bottom, ind.level2);
    set(top, ind.weight, g.weight);
    set(top, ind.score, g.score);
    if (g.reason !== undefined) set(top, ind.reason, g.reason);
    if (g.merged) {
      merge(top, ind.weight, bottom, ind.weight);
      merge(top, ind.score, bottom, ind.score);
      if (g.reason !== undefined) merge(top, ind.reason, bottom, ind.reason);
    }
    const next = spec.groups[gi + 1];
    if (!next || next.level1 !== g.level1) {
      set(level1Start, ind.level1, g.level1);
      merge(level1Start, ind.level1, bottom, ind.level1);
      level1Start = r;
    }
  });
  if (options.blankRows) r++;
  const total = r;
  set(r, 0, head("总分"));
  merge(r, 0, r, cols.totalLabelEnd);
  set(r, ind.weight, spec.total.weight);
  set(r, ind.score, spec.total.score);
  if (spec.total.grade !== undefined) set(r, ind.reason, spec.total.grade);
  merge(indicatorHeader, 0, total - 1 - (options.blankRows ? 1 : 0), 0);
  r++;

  for (const line of spec.narrative ?? []) {
    line.forEach((text, i) => set(r, i, text || null));
    r++;
  }
  return {
    values,
    formats,
    merges,
    rows: {
      fundTotal: r0 + fundTotal,
      indicatorHeader: r0 + indicatorHeader,
      firstIndicator: r0 + firstIndicator,
      total: r0 + total,
      last: r0 + r - 1,
    },
  };
}

/** Renders a form straight into a Grid named after the sheet. */
export function formGrid(spec: FormSpec, sheet = "Sheet1", options: RenderOptions = {}): Grid {
  const out = renderForm(spec, options);
  return { sheet, origin: { row: 0, col: 0 }, values: out.values, numberFormats: out.formats, merges: out.merges };
}

/**
 * Merges for the narrative block below 总分: each row's last text runs to lastCol, as on the printed
 * seed. They lie outside everything the engine reads.
 */
export function narrativeMerges(rendered: RenderedForm, lastCol: number): CellRange[] {
  const merges: CellRange[] = [];
  for (let r = rendered.rows.total + 1; r <= rendered.rows.last; r++) {
    const row = rendered.values[r] ?? [];
    let lastText = -1;
    row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") lastText = c;
    });
    if (lastText >= 0 && lastText < lastCol) merges.push({ top: r, left: lastText, bottom: r, right: lastCol });
  }
  return merges;
}
