// Public surface of the engine: hosts (CLI, task pane, custom functions) import from here only.
export * from "./address";
export * from "./grid";
export * from "./report";
export { checkGrid, checkGrids, type CheckOptions } from "./check";
