// Every user-facing string of the perf-check CLI, Chinese first with the English beside it, so
// wording is reviewed in one place and both languages always have the same set of keys.
import type { Lang } from "../model";

const ZH = {
  // Command line (help text and argument errors).
  cliDescription: "检查 Excel 项目支出绩效自评表（.xlsx）：找出评分与说明不一致、执行率与总分算错等问题。",
  argPaths: "要检查的 .xlsx 文件或文件夹（文件夹会递归查找）",
  optJson: "以 JSON 输出结果",
  optLang: "输出语言：zh（中文，默认）或 en（英文）",
  optFix: "写出修正后的副本：总分（及等级）填为 Excel 公式，并高亮不一致的行",
  optOut: "--fix 的输出文件夹",
  optHelp: "显示帮助",
  errNoPaths: "请至少给出一个 .xlsx 文件或文件夹。用法：perf-check [选项] <文件或文件夹…>",
  errFixNeedsOut: "--fix 需要配合 --out <文件夹> 使用（不会改动原文件）。",
  errOutNeedsFix: "--out 只在 --fix 时使用。",
  errBadLang: "--lang 只能是 zh 或 en，而不是「{value}」。",
  errOutOverwrites: "输出会覆盖输入文件「{file}」：请为 --out 换一个文件夹。",
  errOutIsFile: "--out「{dir}」已存在且不是文件夹。",
  // Why a file could not be checked; each names the file.
  fileNotFound: "找不到「{file}」。",
  fileReadFailed: "无法读取「{file}」：{detail}",
  fileEmpty: "「{file}」是空文件，不是 .xlsx 工作簿。",
  fileLegacyXls: "「{file}」是旧版 .xls 格式，无法检查：请在 Excel 或 WPS 中“另存为” .xlsx 后再试。",
  fileEncrypted: "「{file}」已加密（或是改了扩展名的旧版 .xls）：请取消密码保护并另存为 .xlsx 后再试。",
  fileNotZip: "「{file}」不是 .xlsx 文件（内容不是 Excel 工作簿的压缩格式）。",
  fileNotWorkbook: "「{file}」是压缩包，但里面没有 Excel 工作表，不是 .xlsx 工作簿。",
  fileCorrupt: "「{file}」已损坏，无法打开：{detail}",
  fileCheckFailed: "检查「{file}」的工作表「{sheet}」时出错：{detail}",
  fileWriteFailed: "无法写出「{file}」的修正副本「{out}」：{detail}",
  // Table output.
  tableFile: "文件：{file}",
  tableNoForms: "  未找到绩效自评表。",
  tableForm: "  工作表「{sheet}」 {range}  项目：{project}",
  tableNoProject: "（未填写）",
  tableItem: "项目",
  tableEntered: "填报值",
  tableComputed: "复算值",
  tableExecRate: "预算执行率",
  tableExecScore: "执行率得分",
  tableTotal: "总分",
  tableGrade: "等级",
  tableFindings: "  发现的问题：{count} 项",
  tableNoFindings: "  未发现问题。",
  tableSeverity: "级别",
  tableCell: "单元格",
  tableRule: "规则",
  tableMessage: "说明",
  tableOutput: "  已写出修正副本：{out}",
  severityError: "错误",
  severityWarning: "警告",
  severityInfo: "提示",
  summaryTitle: "汇总",
  summaryCounts: "文件 {files} 个（未能检查 {failed} 个），自评表 {forms} 份；错误 {errors} 项，警告 {warnings} 项，提示 {infos} 项。",
  summaryNoFiles: "没有找到可检查的 .xlsx 文件。",
  summaryVerdictError: "结论：有错误，需要修改后再报送。",
  summaryVerdictOk: "结论：未发现错误。",
  summaryVerdictFailed: "结论：有文件未能检查，原因见上文。",
  progressLabel: "检查中",
} as const;

/** The keys every language must translate. */
export type MessageKey = keyof typeof ZH;

const EN: Record<MessageKey, string> = {
  cliDescription:
    "Checks project-expenditure performance self-evaluation forms (项目支出绩效自评表) in .xlsx files: scores that contradict their explanations, wrong execution rates and totals.",
  argPaths: ".xlsx files or folders to check (folders are searched recursively)",
  optJson: "print the result as JSON",
  optLang: "output language: zh (Chinese, default) or en (English)",
  optFix: "write corrected copies: the total (and grade) as Excel formulas, disagreeing rows highlighted",
  optOut: "output folder for --fix",
  optHelp: "show help",
  errNoPaths: "Give at least one .xlsx file or folder. Usage: perf-check [options] <files or folders…>",
  errFixNeedsOut: "--fix needs --out <folder> (input files are never changed).",
  errOutNeedsFix: "--out is only used with --fix.",
  errBadLang: "--lang must be zh or en, not \"{value}\".",
  errOutOverwrites: "The output would overwrite the input file \"{file}\": choose another folder for --out.",
  errOutIsFile: "--out \"{dir}\" exists and is not a folder.",
  fileNotFound: "\"{file}\" was not found.",
  fileReadFailed: "Cannot read \"{file}\": {detail}",
  fileEmpty: "\"{file}\" is an empty file, not an .xlsx workbook.",
  fileLegacyXls: "\"{file}\" is a legacy .xls workbook and cannot be checked: save it as .xlsx in Excel or WPS and try again.",
  fileEncrypted:
    "\"{file}\" is encrypted (or a legacy .xls with an .xlsx name): remove the password protection, save it as .xlsx and try again.",
  fileNotZip: "\"{file}\" is not an .xlsx file (its content is not an Excel workbook archive).",
  fileNotWorkbook: "\"{file}\" is a zip archive without any Excel worksheet, not an .xlsx workbook.",
  fileCorrupt: "\"{file}\" is damaged and cannot be opened: {detail}",
  fileCheckFailed: "Checking sheet \"{sheet}\" of \"{file}\" failed: {detail}",
  fileWriteFailed: "Cannot write the corrected copy of \"{file}\" to \"{out}\": {detail}",
  tableFile: "File: {file}",
  tableNoForms: "  No self-evaluation form found.",
  tableForm: "  Sheet \"{sheet}\" {range}  Project: {project}",
  tableNoProject: "(not filled in)",
  tableItem: "Item",
  tableEntered: "Entered",
  tableComputed: "Computed",
  tableExecRate: "Execution rate",
  tableExecScore: "Execution score",
  tableTotal: "Total",
  tableGrade: "Grade",
  tableFindings: "  Findings: {count}",
  tableNoFindings: "  No findings.",
  tableSeverity: "Severity",
  tableCell: "Cell",
  tableRule: "Rule",
  tableMessage: "Message",
  tableOutput: "  Corrected copy written: {out}",
  severityError: "error",
  severityWarning: "warning",
  severityInfo: "info",
  summaryTitle: "Summary",
  summaryCounts:
    "{files} file(s) ({failed} failed), {forms} form(s); {errors} error(s), {warnings} warning(s), {infos} info.",
  summaryNoFiles: "No .xlsx file to check was found.",
  summaryVerdictError: "Verdict: errors found; correct them before submitting.",
  summaryVerdictOk: "Verdict: no errors found.",
  summaryVerdictFailed: "Verdict: some files could not be checked, see above.",
  progressLabel: "Checking",
};

/** Both languages' tables, read-only; exported so tests can compare them key by key. */
export const MESSAGE_TABLES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh: ZH, en: EN };

/** Looks up a message in the given language and fills its {placeholders} from params. */
export function msg(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGE_TABLES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
