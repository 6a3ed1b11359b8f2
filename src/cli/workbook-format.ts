// The kinds of workbook file perf-check reads, and what kind of copy --fix writes for each.

/**
 * What a file turned out to be, by its content (not its name): the Office Open XML packages keep
 * their kind in the copy; everything else is read through SheetJS and copied as .xlsx.
 */
export type WorkbookFormat = "xlsx" | "xlsm" | "xltx" | "xls" | "et" | "ods" | "html" | "xml" | "xlsb";
// "xml" is an Excel 2003 XML spreadsheet and "xlsb" Excel's binary workbook: both turn up named .xls
// or given by name, and SheetJS reads them like the rest (a folder walk does not look for them).

/** True for the zip packages --fix patches in place (every part it does not change is kept as it was). */
export function isOpenXml(format: WorkbookFormat): boolean {
  return format === "xlsx" || format === "xlsm" || format === "xltx";
}

/** The extension of the copy --fix writes: the input's own for Open XML packages, .xlsx for the rest. */
export function copyExtension(format: WorkbookFormat): ".xlsx" | ".xlsm" | ".xltx" {
  if (format === "xlsm") return ".xlsm";
  if (format === "xltx") return ".xltx";
  return ".xlsx";
}
