// Normalises what Office.js throws (OfficeExtension.Error: code, message, debugInfo) for the MessageBar.
import type { ActionName, PaneError } from "./state";

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; message?: unknown };
}

export function toPaneError(action: ActionName, error: unknown): PaneError {
  if (error === null || typeof error !== "object") {
    return { action, code: null, message: String(error), location: null };
  }
  const e = error as ErrorLike;
  const code = typeof e.code === "string" && e.code !== "" ? e.code : null;
  const debugMessage = typeof e.debugInfo?.message === "string" ? e.debugInfo.message : null;
  const message = typeof e.message === "string" && e.message !== "" ? e.message : (debugMessage ?? String(error));
  const location = typeof e.debugInfo?.errorLocation === "string" ? e.debugInfo.errorLocation : null;
  return { action, code, message, location };
}
