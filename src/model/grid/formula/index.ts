// A small evaluator for the formulas these forms carry, for files saved without cached results.
export { evaluateFormulas, type EvaluatedGrid, type EvaluateOptions } from "./evaluate-grid";
export { parseFormula, type Node } from "./parse";
