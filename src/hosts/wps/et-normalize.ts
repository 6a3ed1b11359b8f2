// Pure helpers that undo the differences between WPS builds (docs/wps.md, "Build differences handled"):
// members that are properties on one build and zero-argument methods on another, one-row ranges
// whose Value2 comes back 1-D, errors as CVErr numbers, colours as BGR longs, enum values that must not be read
// from an `Enum` object some builds lack. No host object is touched here beyond reading what is handed in, so
// the background page (custom functions) and the facade share them and tests call them directly.
import { ERROR_CODES, type ErrorCode } from "../../model";

/**
 * What an omitted optional argument of a custom function arrives as on WPS: DISP_E_PARAMNOTFOUND (0x80020004),
 * VBA's "Missing" (notes §c, third-party code).
 */
export const MISSING_ARG = -2147352572;

/** VBA enum values used by the facade, spelled out: `Application.Enum` / `wps.Enum` is absent on older builds. */
export const XL = Object.freeze({
  colorIndexNone: -4142,
  colorIndexAutomatic: -4105,
  patternNone: -4142,
  patternSolid: 1,
  dockRight: 2,
  propertyTypeString: 4,
});

/** XlPattern numbers (et-jsapi-declare Et.XlPattern, = VBA) by the names Office.js and the fill record use. */
export const PATTERN_NUMBERS: Readonly<Record<string, number>> = Object.freeze({
  Automatic: -4105,
  Checker: 9,
  CrissCross: 16,
  Down: -4121,
  Gray16: 17,
  Gray25: -4124,
  Gray50: -4125,
  Gray75: -4126,
  Gray8: 18,
  Grid: 15,
  Horizontal: -4128,
  LightDown: 13,
  LightHorizontal: 11,
  LightUp: 14,
  LightVertical: 12,
  None: -4142,
  SemiGray75: 10,
  Solid: 1,
  Up: -4162,
  Vertical: -4166,
  LinearGradient: 4000,
  RectangularGradient: 4001,
});

const PATTERN_NAMES: ReadonlyMap<number, string> = new Map(Object.entries(PATTERN_NUMBERS).map(([name, n]) => [n, name]));

/** The record's pattern name for an XlPattern number; unknown numbers (a newer build) read as Solid, the common case. */
export function patternName(pattern: unknown): string {
  return (typeof pattern === "number" && PATTERN_NAMES.get(pattern)) || "Solid";
}

/** The XlPattern number for a record's pattern name; null for a name this build does not know. */
export function patternNumber(name: string): number | null {
  return Object.prototype.hasOwnProperty.call(PATTERN_NUMBERS, name) ? PATTERN_NUMBERS[name] : null;
}

/** "#RRGGBB" → the long Interior.Color takes: VBA's RGB(r, g, b) = r + g·256 + b·65536 (BGR in hex). */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(hex.trim());
  if (!m) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** The long Interior.Color gives back → "#RRGGBB"; null for anything that is not a colour (null for a mixed range). */
export function bgrToHex(bgr: unknown): string | null {
  if (typeof bgr !== "number" || !Number.isInteger(bgr) || bgr < 0 || bgr > 0xffffff) return null;
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b]
    .map((n) => n.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

/** Excel's CVErr codes (Et.XlCVError) by error text; #GETTING_DATA has no CVErr in the typings. */
const CVERR_CODES: Readonly<Partial<Record<ErrorCode, number>>> = Object.freeze({
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
  "#SPILL!": 2045,
  "#CALC!": 2050,
});

/** What Value2 carries for an error cell on a real machine: 0x800A0000 + code (#DIV/0! = -2146826281; notes §b). */
const CVERR_HRESULT_BASE = -2146828288;

const BY_NUMBER: ReadonlyMap<number, ErrorCode> = new Map(
  (Object.entries(CVERR_CODES) as [ErrorCode, number][]).flatMap(([text, code]) => [
    [CVERR_HRESULT_BASE + code, text],
    [code, text],
  ]),
);

/** The CVErr number (HRESULT form) WPS uses for an error text, for fakes and probes. */
export function cvErrNumber(code: ErrorCode): number | null {
  const n = CVERR_CODES[code];
  return n === undefined ? null : CVERR_HRESULT_BASE + n;
}

/**
 * The error a Value2 number may stand for: both the HRESULT form and the bare XlCVError code (2007) are listed,
 * since builds are not known to agree. A bare 2023 is also a year, so callers confirm with the cell's Text.
 */
export function cvErrCandidate(value: unknown): ErrorCode | null {
  return typeof value === "number" ? (BY_NUMBER.get(value) ?? null) : null;
}

/** An error as text ("#REF!") exactly, as Office.js and the engine spell it; null otherwise. */
export function errorText(value: unknown): ErrorCode | null {
  if (typeof value !== "string") return null;
  const code = value.trim().toUpperCase();
  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : null;
}

/**
 * Reads a member that is a property on some builds and a zero-argument (or parameterised) method on others
 * (`Address`, `Count`, `Value2`…; notes §b "property vs method"). Arguments are passed only when it is a method.
 */
export function readMember(owner: unknown, name: string, ...args: unknown[]): unknown {
  if (owner === null || owner === undefined) throw new Error(`WPS: no object to read ${name} from`);
  const member = (owner as Record<string, unknown>)[name];
  return typeof member === "function" ? (member as (...a: unknown[]) => unknown).apply(owner, args) : member;
}

/** A count or index member as a number (0 when the build gives nothing usable). */
export function readNumberMember(owner: unknown, name: string): number {
  const n = Number(readMember(owner, name));
  return Number.isFinite(n) ? n : 0;
}

/** "$A$1" → "A1": the property form of Address is always absolute; the method form is asked for relative. */
export function relativeAddress(address: unknown): string {
  return String(address ?? "").replace(/\$/g, "");
}

/**
 * Value2 / Formula of a rows × cols range as a 2-D array, whatever the build returns: a scalar for one cell,
 * 2-D arrays, or 1-D arrays for one row or one column (notes §b: "官方未成文"). Array-likes with a `toArray`
 * (SAFEARRAY wrappers) are unwrapped. Missing cells are undefined, left for the caller to read as blank.
 */
export function to2D(raw: unknown, rows: number, cols: number): unknown[][] {
  let data = raw;
  if (data && typeof data === "object" && !Array.isArray(data) && typeof (data as { toArray?: unknown }).toArray === "function") {
    data = (data as { toArray: () => unknown }).toArray();
  }
  if (!Array.isArray(data)) {
    // One cell, or a build that gave nothing for the range: every cell is that one value.
    return Array.from({ length: rows }, () => Array.from({ length: cols }, () => data));
  }
  if (data.length > 0 && data.every((row) => Array.isArray(row))) return data as unknown[][];
  // 1-D: a single row spreads across, a single column runs down.
  if (rows === 1) return [data];
  if (cols === 1) return data.map((v) => [v]);
  // A flat array for a block (never seen, but cheap to be safe about): row-major.
  return Array.from({ length: rows }, (_, r) => data.slice(r * cols, r * cols + cols));
}

/** Whether a custom-function argument stands for "nothing": omitted (the sentinel or undefined), null or "". */
export function isMissingArg(value: unknown): boolean {
  return value === undefined || value === null || value === MISSING_ARG;
}
