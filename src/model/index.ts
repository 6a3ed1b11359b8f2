// Public surface of the engine: hosts (CLI, task pane, custom functions) import from here.
export * from "./address";
export * from "./grid";
export * from "./report";
export * from "./profile";
export * from "./values";
export * from "./scoring";
export { checkGrid, checkGrids, type CheckOptions } from "./check";
export { checkRow, type RowInput, type RowVerdict } from "./row-check";
export { expectedHeaders } from "./expected-headers";
export { ruleTitle } from "./messages";
export { HIGHLIGHT_RULES } from "./rules";
