// What the pane learns from Office after onReady: language, theme and which Excel API sets exist.
import { langFromDisplayLanguage } from "./i18n";
import type { Capabilities, HostInfo } from "./plan/host-info";

// Declared in plan/host-info.ts, which has no Office types, so the WPS build can compile the same pane.
export type { Capabilities, HostInfo } from "./plan/host-info";

type OfficeContextLike = {
  displayLanguage?: string;
  officeTheme?: Partial<Pick<Office.OfficeTheme, "isDarkTheme" | "bodyBackgroundColor">>;
  /** Only the string overload: Office.context.requirements fits, and tests can pass a one-line fake. */
  requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
};

const NONE: Capabilities = { cellProperties: false, documentProperties: false, merges: false, events: false };

function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** isDarkTheme is missing on older hosts; the body background tells the same. */
function isDark(theme: OfficeContextLike["officeTheme"]): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return l !== null && l < 0.5;
}

/**
 * `hostType` is what Office.onReady resolved with: null in a plain browser, where the pane still renders
 * (in Chinese) but cannot act on a workbook.
 */
export function detectHost(
  hostType: Office.HostType | string | null | undefined,
  context: OfficeContextLike | undefined,
  excelLoaded: boolean,
): HostInfo {
  // Compared as a string: the HostType enum object exists only where office.js is loaded.
  const inExcel = (hostType as unknown) === "Excel" && excelLoaded && !!context;
  if (!inExcel) return { inExcel: false, lang: "zh", dark: false, capabilities: NONE };
  const req = context.requirements;
  const has = (version: string) => !!req && req.isSetSupported("ExcelApi", version);
  return {
    inExcel,
    lang: langFromDisplayLanguage(context.displayLanguage),
    dark: isDark(context.officeTheme),
    capabilities: { cellProperties: has("1.9"), documentProperties: has("1.7"), merges: has("1.13"), events: has("1.9") },
  };
}
