// The one table of task-pane text. Chinese is the primary language of the form and its users;
// English is offered when Office itself runs in another language. The words for the form's figures,
// the two figure columns (填报值/复算值), severities and rule titles are the core's vocabulary, shared
// with the CLI and the reports; only the pane's own words live here.
import { FIGURE_COLUMNS, FIGURE_NAMES, NO_FIGURE, ruleTitle, SEVERITY_NAMES, type Lang, type Severity } from "../model";

export interface Messages {
  lang: Lang;
  appTitle: string;
  appSubtitle: string;
  check: string;
  clearHighlights: string;
  fillTotal: string;
  undoFill: string;
  freezeValues: string;
  autoCheck: string;
  autoCheckHint: string;
  busy: string;
  dismiss: string;
  notChecked: string;
  notInExcel: string;
  sheetLabel: (sheet: string) => string;
  noForm: (headers: string[]) => string;
  noFormTitle: string;
  projectUnnamed: string;
  formRange: (range: string) => string;
  figureName: string;
  entered: string;
  computed: string;
  execRate: string;
  execScore: string;
  total: string;
  grade: string;
  mismatch: string;
  emptyFigure: string;
  severity: Record<Severity, string>;
  severityCount: (severity: Severity, count: number) => string;
  noFindings: string;
  findingCell: (cell: string) => string;
  /** A finding's rule as the CLI and the reports title it. */
  ruleTitle: (rule: string) => string;
  goToCell: (cell: string, rule: string, message: string) => string;
  highlighted: (count: number) => string;
  highlightLegend: string;
  highlightsCleared: (count: number) => string;
  nothingToClear: string;
  filled: (count: number) => string;
  nothingToFill: string;
  fillUndone: (count: number) => string;
  nothingToUndo: string;
  filledTitle: string;
  cellColumn: string;
  previousContent: string;
  newContent: string;
  emptyCell: string;
  frozen: (count: number) => string;
  frozenSkipped: (count: number) => string;
  noPerfFormulas: string;
  staleResult: string;
  mergedUnsupported: string;
  cellPropertiesUnsupported: string;
  eventsUnsupported: string;
  undoStackWarning: string;
  errorTitle: (action: string) => string;
  errorCode: (code: string) => string;
  actionName: Record<"check" | "clear" | "fill" | "undoFill" | "freeze" | "select" | "autoCheck" | "show", string>;
  /** Shown by taskpane.html's inline script on Internet Explorer webviews; a test keeps the two in step. */
  unsupportedHost: string;
}

/** The vocabulary entries of the core in one language. */
function shared(lang: Lang) {
  return {
    lang,
    figureName: FIGURE_COLUMNS.item[lang],
    entered: FIGURE_COLUMNS.entered[lang],
    computed: FIGURE_COLUMNS.computed[lang],
    execRate: FIGURE_NAMES.execRate[lang],
    execScore: FIGURE_NAMES.execScore[lang],
    total: FIGURE_NAMES.total[lang],
    grade: FIGURE_NAMES.grade[lang],
    emptyFigure: NO_FIGURE,
    severity: { error: SEVERITY_NAMES.error[lang], warning: SEVERITY_NAMES.warning[lang], info: SEVERITY_NAMES.info[lang] },
    ruleTitle: (rule: string) => ruleTitle(rule, lang),
  } satisfies Partial<Messages>;
}

const zh: Messages = {
  ...shared("zh"),
  appTitle: "PERF 绩效自评助手",
  appSubtitle: "项目支出绩效自评表检查",
  check: "检查本表",
  clearHighlights: "清除标记",
  fillTotal: "填写总分",
  undoFill: "撤销填写",
  freezeValues: "转为数值",
  autoCheck: "自动检查",
  autoCheckHint: "工作表更改后约 1 秒自动重新检查",
  busy: "正在处理…",
  dismiss: "关闭",
  notChecked: "点击“检查本表”检查当前工作表中的绩效自评表。",
  notInExcel: "未在 Excel 中运行：请在 Excel 中打开此加载项。",
  sheetLabel: (sheet) => `工作表：${sheet}`,
  noFormTitle: "本表没有找到绩效自评表",
  noForm: (headers) => `查找的表头：${headers.join("、")}。请确认当前工作表是项目支出绩效自评表。`,
  projectUnnamed: "（未填写项目名称）",
  formRange: (range) => `区域 ${range}`,
  mismatch: "不一致",
  severityCount: (severity, count) => `${zh.severity[severity]}（${count}）`,
  noFindings: "未发现问题。",
  findingCell: (cell) => cell,
  goToCell: (cell, rule, message) => `转到单元格 ${cell}（${zh.ruleTitle(rule)}）：${message}`,
  highlighted: (count) => `已标记 ${count} 个单元格。`,
  highlightLegend: "红色：错误；黄色：警告。“清除标记”可恢复原来的填充色。",
  highlightsCleared: (count) => `已清除标记，恢复了 ${count} 个单元格的原填充色。`,
  nothingToClear: "本表没有 PERF 标记。",
  filled: (count) => `已写入 ${count} 个单元格（总分/等级公式）。`,
  nothingToFill: "总分和等级已正确，无需填写。",
  fillUndone: (count) => `已撤销填写，恢复了 ${count} 个单元格的原内容。`,
  nothingToUndo: "本表没有可撤销的填写。",
  filledTitle: "已填写的单元格",
  cellColumn: "单元格",
  previousContent: "原内容",
  newContent: "新内容",
  emptyCell: "（空）",
  frozen: (count) => `已将 ${count} 个 PERF 公式转为数值。`,
  frozenSkipped: (count) => `${count} 个 PERF 公式仍在计算（#BUSY!），未转换，请稍后再试。`,
  noPerfFormulas: "本表没有 PERF 公式。",
  staleResult: "工作表已更改，结果可能已过时：请重新检查。",
  mergedUnsupported: "此版本 Excel 无法读取合并单元格（需要 ExcelApi 1.13）：合并的二级指标组无法识别，分组得分相关检查较弱。",
  cellPropertiesUnsupported: "此版本 Excel 无法读取单元格填充色（需要 ExcelApi 1.9）：检查结果不在表中标记。",
  eventsUnsupported: "此版本 Excel 不支持工作表更改事件（需要 ExcelApi 1.9），无法自动检查。",
  undoStackWarning: "标记和填写会修改工作簿；较旧的 Excel 版本可能因此清空撤销记录。",
  errorTitle: (action) => `${action}失败`,
  errorCode: (code) => `错误代码：${code}`,
  actionName: {
    check: "检查",
    clear: "清除标记",
    fill: "填写总分",
    undoFill: "撤销填写",
    freeze: "转为数值",
    select: "选择单元格",
    autoCheck: "自动检查",
    show: "打开任务窗格",
  },
  unsupportedHost: "此版本的 Office 不支持本加载项。请使用 Microsoft 365、Office 2021 或更高版本，或 Excel 网页版。",
};

const en: Messages = {
  ...shared("en"),
  appTitle: "PERF self-evaluation assistant",
  appSubtitle: "Checks project-expenditure performance self-evaluation forms",
  check: "Check this sheet",
  clearHighlights: "Clear highlights",
  fillTotal: "Fill in total",
  undoFill: "Undo fill",
  freezeValues: "Convert to values",
  autoCheck: "Auto check",
  autoCheckHint: "Re-checks about 1 second after the sheet changes",
  busy: "Working…",
  dismiss: "Dismiss",
  notChecked: "Click “Check this sheet” to check the self-evaluation form on the active sheet.",
  notInExcel: "Not running in Excel: open this add-in from Excel.",
  sheetLabel: (sheet) => `Sheet: ${sheet}`,
  noFormTitle: "No self-evaluation form found on this sheet",
  noForm: (headers) => `Looked for the headers: ${headers.join(", ")}. Make sure the active sheet holds a 项目支出绩效自评表.`,
  projectUnnamed: "(project name missing)",
  formRange: (range) => `Range ${range}`,
  mismatch: "differs",
  severityCount: (severity, count) => `${en.severity[severity]} (${count})`,
  noFindings: "No problems found.",
  findingCell: (cell) => cell,
  goToCell: (cell, rule, message) => `Go to cell ${cell} (${en.ruleTitle(rule)}): ${message}`,
  highlighted: (count) => `Highlighted ${count} cell${count === 1 ? "" : "s"}.`,
  highlightLegend: "Red: errors; yellow: warnings. “Clear highlights” puts the original fills back.",
  highlightsCleared: (count) => `Highlights cleared; restored the original fill of ${count} cell${count === 1 ? "" : "s"}.`,
  nothingToClear: "This sheet has no PERF highlights.",
  filled: (count) => `Wrote ${count} cell${count === 1 ? "" : "s"} (total/grade formulas).`,
  nothingToFill: "Total and grade are already right; nothing to fill in.",
  fillUndone: (count) => `Fill undone; restored the previous content of ${count} cell${count === 1 ? "" : "s"}.`,
  nothingToUndo: "Nothing to undo on this sheet.",
  filledTitle: "Filled cells",
  cellColumn: "Cell",
  previousContent: "Previous content",
  newContent: "New content",
  emptyCell: "(empty)",
  frozen: (count) => `Converted ${count} PERF formula${count === 1 ? "" : "s"} to values.`,
  frozenSkipped: (count) =>
    `${count} PERF formula${count === 1 ? " is" : "s are"} still calculating (#BUSY!) and were left as formulas; try again shortly.`,
  noPerfFormulas: "This sheet has no PERF formulas.",
  staleResult: "The sheet changed; these results may be out of date: check again.",
  mergedUnsupported:
    "This Excel version cannot read merged cells (needs ExcelApi 1.13): merged 二级 indicator groups are not recognised, so group-score checks are weaker.",
  cellPropertiesUnsupported: "This Excel version cannot read cell fills (needs ExcelApi 1.9): findings are not highlighted in the sheet.",
  eventsUnsupported: "This Excel version has no worksheet change events (needs ExcelApi 1.9): auto check is unavailable.",
  undoStackWarning: "Highlighting and filling change the workbook; older Excel versions may clear the Undo history.",
  errorTitle: (action) => `${action} failed`,
  errorCode: (code) => `Error code: ${code}`,
  actionName: {
    check: "Check",
    clear: "Clear highlights",
    fill: "Fill in total",
    undoFill: "Undo fill",
    freeze: "Convert to values",
    select: "Select cell",
    autoCheck: "Auto check",
    show: "Show task pane",
  },
  unsupportedHost: "This version of Office cannot run this add-in. Use Microsoft 365, Office 2021 or later, or Excel on the web.",
};

const TABLE: Record<Lang, Messages> = { zh, en };

export function messages(lang: Lang): Messages {
  return TABLE[lang];
}

/** Office reports e.g. "zh-CN", "zh-TW", "en-US"; outside Office there is no language, and the form's users read Chinese. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return "zh";
  return displayLanguage.toLowerCase().startsWith("zh") ? "zh" : "en";
}
