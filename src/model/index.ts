// Public surface of the engine: hosts (CLI, task pane, custom functions) import from here.
export * from "./grid/address";
export * from "./grid/grid";
export * from "./report/report";
export * from "./scoring/profile";
export * from "./values";
export * from "./scoring";
export * from "./present";
export { checkGrid, checkGrids, type CheckOptions } from "./check";
export { checkRow, type RowInput, type RowVerdict } from "./row-check";
export { expectedHeaders } from "./locate/expected-headers";
export {
  CATALOGUES,
  formatMessage,
  CATEGORY_NAMES,
  COLUMN_NAMES,
  FIELD_NAMES,
  FIGURE_COLUMNS,
  FIGURE_NAMES,
  FUND_COLUMN_NAMES,
  SEVERITY_NAMES,
  type Catalogue,
  type FieldKey,
  type FigureKey,
  type FundColumn,
  type MessageId,
  type MessageParamMap,
  type Words,
} from "./i18n";
export { HIGHLIGHT_RULES, isRuleId, RULE_IDS, RULES, ruleById, ruleTitle, type RuleId, type RuleMeta } from "./rules";
