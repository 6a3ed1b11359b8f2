// What the pane knows about its host: language, theme and which workbook features exist. Kept free of Office types
// so the same pane compiles for WPS (tsconfig.wps.json); host.ts fills it from Office, src/hosts/wps/pane from ET.
import type { Lang } from "../../model";

export interface Capabilities {
  /** getCellProperties (ExcelApi 1.9): without it the original fills cannot be saved, so nothing is painted. */
  cellProperties: boolean;
  /**
   * workbook.properties.custom (ExcelApi 1.7), where the original fills are kept: without it nothing is
   * painted, and 清除标记 reads only the previous version's settings. Office 2019 (1.8) can still clear.
   */
  documentProperties: boolean;
  /** getMergedAreasOrNullObject (ExcelApi 1.13): without it merged 二级 groups are not recognised. */
  merges: boolean;
  /** worksheets.onChanged (ExcelApi 1.9): needed for auto check. */
  events: boolean;
}

export interface HostInfo {
  inExcel: boolean;
  lang: Lang;
  dark: boolean;
  capabilities: Capabilities;
}
