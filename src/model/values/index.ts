// Value parsing for 年度指标值 / 实际完成值 cells (docs/rules.md#value-parsing).
export * from "./types";
export { parseValue } from "./parse";
export { sameUnitFamily } from "./compat";
export { qualitativeTier } from "./qualitative";
export { isVagueTarget, isPlaceholderTarget, vaguePhraseOf, VAGUE_TARGET_PHRASES } from "./vague";
export { normalizeText, foldText } from "./normalize";
export { isPercentFormat, formatUnit } from "./number-format";
export { readKnownUnit, readUnknownUnit, type UnitReading } from "./units";
export { comparatorBefore, comparatorAfter } from "./comparators";
export { alignToTarget } from "./align";
export { readNumberText, type NumberText } from "./number-text";
export { errorCode, ERROR_CODES, type ErrorCode } from "./error-value";
