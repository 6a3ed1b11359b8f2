// The WPS build's stand-in for src/functions/to-cf-error.ts (scripts/build-wps.ts swaps it in): WPS has no
// CustomFunctions.Error (notes §c: "no documented way to return #VALUE!"), so evaluate.ts's errors become plain
// objects with the same code and message, which perf-functions.ts turns into the text WPS shows.
import type * as ExcelSide from "../../../functions/to-cf-error";

export const CF_ERROR_CODE = {
  invalidValue: "#VALUE!",
  divisionByZero: "#DIV/0!",
} as const satisfies typeof ExcelSide.CF_ERROR_CODE;

export type CfErrorCode = (typeof CF_ERROR_CODE)[keyof typeof CF_ERROR_CODE];

/** What evaluate.ts throws in the WPS bundle. */
export class WpsFunctionError extends Error {
  constructor(
    readonly code: CfErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WpsFunctionError";
  }
}

export function toCfError(code: CfErrorCode, message: string): WpsFunctionError {
  return new WpsFunctionError(code, message);
}
