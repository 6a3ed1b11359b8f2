/**
 * The Excel error codes the PERF.* functions produce, spelled as CustomFunctions.ErrorCode's string values so
 * no runtime enum object is needed (the values are the documented wire format).
 */
export const CF_ERROR_CODE = {
  invalidValue: "#VALUE!",
  divisionByZero: "#DIV/0!",
} as const;

export type CfErrorCode = (typeof CF_ERROR_CODE)[keyof typeof CF_ERROR_CODE];

/**
 * Builds the CustomFunctions.Error Excel shows in the cell. The message is always attached: Excel displays it for
 * #VALUE! and #N/A and silently keeps its generic text for the other codes (office-js#2885).
 */
export function toCfError(code: CfErrorCode, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message);
}
