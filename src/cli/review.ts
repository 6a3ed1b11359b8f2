// The reviewer's summaries (--report, --html), a bundle of their own (dist-cli/review.js): the
// workbook writer brings ExcelJS, which a plain check must not load (issue 8: start-up time).
export { createHtmlReport } from "./review/html-report";
export { createXlsxReport } from "./review/xlsx-report";

// ExcelJS's streaming writer still calls the deprecated Buffer() constructor; its warning would read
// to a reviewer as a problem with their files. Only runs that write a summary load this module.
process.noDeprecation = true;
