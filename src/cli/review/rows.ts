// The reviewer's two tables, one model for both outputs (--report .xlsx and --html): a row per form and a
// row per finding, their column headers in the chosen language. Figures, fields and severities are named by
// the core's vocabulary (FIGURE_NAMES, FIELD_NAMES, SEVERITY_NAMES), so a column reads as the CLI and the pane.
import path from "node:path";
import {
  FIELD_NAMES,
  FIGURE_COLUMNS,
  FIGURE_NAMES,
  ruleTitle,
  SEVERITY_NAMES,
  type Figures,
  type FormReport,
  type Lang,
  type Severity,
  type Words,
} from "../../model";
import type { BatchSummary, FileResult } from "../batch-result";

/** The words only the reports use. */
export const REVIEW_WORDS = {
  title: { zh: "绩效自评表复核汇总", en: "Performance self-evaluation review" },
  formsSheet: { zh: "自评表汇总", en: "Forms" },
  findingsSheet: { zh: "问题清单", en: "Findings" },
  summarySheet: { zh: "统计", en: "Summary" },
  file: { zh: "文件", en: "File" },
  sheet: { zh: "工作表", en: "Sheet" },
  cell: { zh: "单元格", en: "Cell" },
  rule: { zh: "规则", en: "Rule" },
  ruleId: { zh: "规则编号", en: "Rule id" },
  severity: { zh: "级别", en: "Severity" },
  message: { zh: "问题说明", en: "Message" },
  copy: { zh: "批注副本", en: "Annotated copy" },
  remarks: { zh: "备注", en: "Remarks" },
  noForm: { zh: "未找到绩效自评表", en: "No self-evaluation form found" },
  sheetError: { zh: "工作表「{sheet}」无法读取：{error}", en: 'Sheet "{sheet}" could not be read: {error}' },
  files: { zh: "文件数", en: "Files" },
  failed: { zh: "无法检查的文件", en: "Files not checked" },
  forms: { zh: "自评表数", en: "Forms" },
  generated: { zh: "生成时间", en: "Generated" },
  totals: { zh: "总分分布（复算值）", en: "Totals (recomputed)" },
  byRule: { zh: "各规则问题数", en: "Findings by rule" },
  noTotal: { zh: "无法复算总分", en: "Total not computable" },
  formsCount: { zh: "份", en: "forms" },
  none: { zh: "没有发现问题。", en: "No findings." },
} as const satisfies Record<string, Words>;

export type ReviewWord = keyof typeof REVIEW_WORDS;

/** A report word in the language, with {name} parameters filled in. */
export function word(key: ReviewWord, lang: Lang, params: Record<string, string | number> = {}): string {
  return REVIEW_WORDS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The form header fields the reports list; department and implementer once FormReport carries them. */
type HeaderFields = Partial<Record<"department" | "implementer", string | null>>;

/** One row of the forms table: figures as numbers (the .xlsx formats them, the HTML uses the core's formatting). */
export interface FormRow {
  file: string;
  sheet: string | null;
  project: string | null;
  department: string | null;
  implementer: string | null;
  entered: Figures | null;
  computed: Figures | null;
  counts: Record<Severity, number>;
  /** The annotated copy's path relative to the report's folder, "/"-separated; null without one. */
  link: string | null;
  /** Why the file has no figures (an error, no form) and sheets that could not be read. */
  remarks: string | null;
  /** True for a file that could not be checked. */
  failed: boolean;
}

/** One row of the findings table. */
export interface FindingRow {
  file: string;
  sheet: string;
  cell: string;
  rule: string;
  title: string;
  severity: Severity;
  message: string;
}

/** The forms table's columns, in order; "entered"/"computed" pairs for the four figures. */
export type FormColumn =
  | "file"
  | "sheet"
  | "project"
  | "department"
  | "implementer"
  | `${keyof Figures}:${"entered" | "computed"}`
  | Severity
  | "copy"
  | "remarks";

export const FORM_COLUMNS: readonly FormColumn[] = [
  "file",
  "sheet",
  "project",
  "department",
  "implementer",
  "execRate:entered",
  "execRate:computed",
  "execScore:entered",
  "execScore:computed",
  "total:entered",
  "total:computed",
  "grade:entered",
  "grade:computed",
  "error",
  "warning",
  "info",
  "copy",
  "remarks",
];

/** A forms-table header: 执行率（填报值）, Total (Recomputed), 错误… */
export function formColumnLabel(column: FormColumn, lang: Lang): string {
  if (column.includes(":")) {
    const [figure, side] = column.split(":") as [keyof Figures, "entered" | "computed"];
    const [open, close] = lang === "zh" ? ["（", "）"] : [" (", ")"];
    return `${FIGURE_NAMES[figure][lang]}${open}${FIGURE_COLUMNS[side][lang]}${close}`;
  }
  if (column === "project" || column === "department" || column === "implementer") return FIELD_NAMES[column][lang];
  if (column === "error" || column === "warning" || column === "info") return SEVERITY_NAMES[column][lang];
  if (column === "copy") return word("copy", lang);
  return word(column as ReviewWord, lang);
}

/** The findings table's columns, in order. */
export const FINDING_COLUMNS = ["file", "sheet", "cell", "title", "severity", "message", "rule"] as const;
export type FindingColumn = (typeof FINDING_COLUMNS)[number];

export function findingColumnLabel(column: FindingColumn, lang: Lang): string {
  if (column === "title") return word("rule", lang);
  if (column === "rule") return word("ruleId", lang);
  return word(column, lang);
}

/** The copy's path as a link from the report's folder ("已修正/表.xlsx"), or null without a copy. */
export function copyLink(reportFile: string, output: string | null | undefined): string | null {
  if (!output) return null;
  return path
    .relative(path.dirname(path.resolve(reportFile)), path.resolve(output))
    .split(path.sep)
    .join("/");
}

/**
 * The forms-table rows of one file: one per form; a file that failed, or that holds no form, gets one row
 * saying why. Sheets that could not be read are named in the first row's remarks.
 */
export function formRows(result: FileResult, reportFile: string, lang: Lang): FormRow[] {
  const link = copyLink(reportFile, result.output);
  const sheetErrors = result.sheetErrors.map((e) => word("sheetError", lang, { sheet: e.sheet, error: e.error }));
  const empty = { error: 0, warning: 0, info: 0 };
  if (result.error !== null || result.forms.length === 0) {
    const why = result.error ?? word("noForm", lang);
    return [
      {
        file: result.file,
        sheet: null,
        project: null,
        department: null,
        implementer: null,
        entered: null,
        computed: null,
        counts: empty,
        link,
        remarks: [why, ...sheetErrors].join("；"),
        failed: result.error !== null,
      },
    ];
  }
  return result.forms.map((form, i) => {
    const counts = { ...empty };
    for (const f of form.findings) counts[f.severity]++;
    const header = form as FormReport & HeaderFields;
    return {
      file: result.file,
      sheet: form.sheet,
      project: form.project,
      department: header.department ?? null,
      implementer: header.implementer ?? null,
      entered: form.entered,
      computed: form.computed,
      counts,
      link,
      remarks: i === 0 && sheetErrors.length > 0 ? sheetErrors.join("；") : null,
      failed: false,
    };
  });
}

/** The findings-table rows of one file, in report order. */
export function findingRows(result: FileResult, lang: Lang): FindingRow[] {
  return result.forms.flatMap((form) =>
    form.findings.map((f) => ({
      file: result.file,
      sheet: f.sheet,
      cell: f.cell,
      rule: f.rule,
      title: ruleTitle(f.rule, lang),
      severity: f.severity,
      message: f.message,
    })),
  );
}

/** The batch's counts as label/value pairs, for a report's summary. */
export function summaryPairs(summary: BatchSummary, lang: Lang): [string, number][] {
  return [
    [word("files", lang), summary.files],
    [word("failed", lang), summary.failed],
    [word("forms", lang), summary.forms],
    [SEVERITY_NAMES.error[lang], summary.errors],
    [SEVERITY_NAMES.warning[lang], summary.warnings],
    [SEVERITY_NAMES.info[lang], summary.infos],
  ];
}
