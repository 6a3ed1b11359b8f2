/**
 * A stand-in for the CustomFunctions global that Excel's runtime provides: enough to construct errors and to record
 * associate() calls, in this realm or (via installInto) in a vm context that loads the built bundle.
 */
export class FakeCfError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export interface FakeCustomFunctions {
  Error: typeof FakeCfError;
  ErrorCode: Record<string, string>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
  registry: Map<string, (...args: unknown[]) => unknown>;
}

/** Builds a fresh fake; associate() throws on a duplicate id, as a second registration would be a build bug. */
export function makeFakeCustomFunctions(ErrorClass: typeof FakeCfError = FakeCfError): FakeCustomFunctions {
  const registry = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: ErrorClass,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    registry,
    associate(id, fn) {
      if (registry.has(id)) throw new Error(`associate called twice for ${id}`);
      registry.set(id, fn);
    },
  };
}

/** What a call produced, comparable across realms: a value, or the Excel error it threw. */
export type Outcome = { value: unknown } | { error: { code: string; message: string | undefined } };

export function outcome(call: () => unknown): Outcome {
  try {
    return { value: call() };
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown; constructor?: { name?: string } };
    // Only a CustomFunctions.Error counts: a plain Error reaching Excel would be a bug, so the test sees it as one.
    if (err && err.constructor && err.constructor.name === "FakeCfError" && typeof err.code === "string") {
      return { error: { code: err.code, message: typeof err.message === "string" ? err.message : undefined } };
    }
    throw e;
  }
}

/** The Excel error a call throws; fails the test when the call returns normally. */
export function errorOf(call: () => unknown): { code: string; message: string | undefined } {
  const o = outcome(call);
  if ("value" in o) throw new Error(`expected an Excel error, got ${JSON.stringify(o.value)}`);
  return o.error;
}
