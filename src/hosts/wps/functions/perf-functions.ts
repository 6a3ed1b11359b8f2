// The PERF.* worksheet functions for WPS 表格 (WPS ≥ 12.1.0.20540 has wps.AddCustomFunction; notes §c). The same
// names, arguments and results as the Excel ones: each wrapper only undoes WPS's argument quirks and hands the
// values to src/functions/evaluate.ts, which holds all the logic of both hosts.
//
// WPS quirks handled (notes §c, third-party code, unverified on a device → docs/wps-probe.html records them):
// - an omitted optional argument arrives as -2147352572 (DISP_E_PARAMNOTFOUND), on other builds as undefined;
// - a cell argument may arrive as a 1×1 array, or as a Range object (metadata type "object") carrying Value2;
// - an error cell arrives as its CVErr number: the function answers with that error, as Excel's do.
// Errors: WPS documents no way to return #VALUE!, and what a throwing function shows is unknown, so a function
// never throws; it returns the error as text, code first, with the reason Excel shows in its tooltip
// ("#DIV/0! 全年预算数为 0 或为空…"). Such text is not an error value to ISERROR or IFERROR; docs/wps.md says so.
import { evalCheck, evalDeviation, evalExecRate, evalExecScore, evalGrade, evalScore } from "../../../functions/evaluate";
import { cvErrCandidate, isMissingArg, MISSING_ARG } from "../et-normalize";

export const NAMESPACE = "PERF";

/** An argument as evaluate.ts expects it: null for nothing, a plain value otherwise. */
export function unwrapArg(value: unknown): unknown {
  let v = value;
  // A Range object (has Value2 and is not an array): its value. Read once; a Range never nests.
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "Value2" in (v as object)) v = (v as { Value2: unknown }).Value2;
  // 1×1 arrays ([[v]] or [v]) are one cell; larger arrays go through and evaluate.ts refuses them with its message.
  while (Array.isArray(v) && v.length === 1) v = v[0];
  return isMissingArg(v) ? null : v;
}

/** The error text of an argument that is an error cell's CVErr number (the HRESULT form only: 2023 is a year). */
function errorArgument(values: unknown[]): string | null {
  for (const v of values) {
    if (typeof v === "number" && v < 0 && v !== MISSING_ARG) {
      const code = cvErrCandidate(v);
      if (code) return code;
    }
  }
  return null;
}

/** Runs one function: arguments unwrapped, an error argument passed on, every failure returned as its text. */
function run<T>(args: unknown[], compute: (...values: unknown[]) => T): T | string {
  const values = args.map(unwrapArg);
  const error = errorArgument(values);
  if (error) return error;
  try {
    return compute(...values);
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    const code = typeof err?.code === "string" ? err.code : "#VALUE!";
    const message = typeof err?.message === "string" ? err.message : String(e);
    return message ? `${code} ${message}` : code;
  }
}

// Each function is a declaration with exactly its Excel parameters (no defaults: they would lower .length, the
// arity WPS may read), so the registration list says what Excel's metadata says.

/** =PERF.EXECRATE(全年预算数, 全年执行数) */
export function EXECRATE(budget: unknown, executed: unknown): unknown {
  return run([budget, executed], evalExecRate);
}

/** =PERF.EXECSCORE(全年预算数, 全年执行数, [分值=10]) */
export function EXECSCORE(budget: unknown, executed: unknown, weight: unknown): unknown {
  return run([budget, executed, weight], evalExecScore);
}

/** =PERF.SCORE(年度指标值, 实际完成值, 分值, [方向]) */
export function SCORE(target: unknown, actual: unknown, weight: unknown, direction: unknown): unknown {
  return run([target, actual, weight, direction], evalScore);
}

/** =PERF.DEVIATION(年度指标值, 实际完成值) */
export function DEVIATION(target: unknown, actual: unknown): unknown {
  return run([target, actual], evalDeviation);
}

/** =PERF.GRADE(总分) */
export function GRADE(total: unknown): unknown {
  return run([total], evalGrade);
}

/** =PERF.CHECK(年度指标值, 实际完成值, 分值, 得分, [偏差原因]) */
export function CHECK(target: unknown, actual: unknown, weight: unknown, score: unknown, reason: unknown): unknown {
  return run([target, actual, weight, score, reason], evalCheck);
}

/** Name → function, in the order of the Excel metadata. */
export const PERF_FUNCTIONS: Readonly<Record<string, (...args: never[]) => unknown>> = Object.freeze({
  EXECRATE,
  EXECSCORE,
  SCORE,
  DEVIATION,
  GRADE,
  CHECK,
});

interface CustomFunctionHost {
  AddCustomFunction?: unknown;
}

/**
 * Registers the functions where the host can (feature-detected: WPS before 12.1.0.20540 and, perhaps, 信创 Linux
 * builds have no AddCustomFunction). Metadata comes from manifest.xml → functions.json, as in Kingsoft's own
 * wpsjs build (the generated code passes none). Returns the names registered, [] when the host has no functions.
 */
export function registerPerfFunctions(host: CustomFunctionHost | undefined): string[] {
  if (!host || typeof host.AddCustomFunction !== "function") return [];
  const add = host.AddCustomFunction as (ns: string, name: string, fn: unknown) => void;
  const done: string[] = [];
  for (const [name, fn] of Object.entries(PERF_FUNCTIONS)) {
    add.call(host, NAMESPACE, name, fn);
    done.push(name);
  }
  return done;
}
