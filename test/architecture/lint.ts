// Lints a virtual file with the project's real eslint.config.mjs, as if it sat at a given path: the path decides which
// boundary applies, so a test can place a bad import in the core, the plan or a component without touching src/.
import { resolve } from "node:path";
import { ESLint, type Linter } from "eslint";

export const ROOT = resolve(__dirname, "../..");

let eslint: ESLint | undefined;

/** One instance for the whole file: loading the config and typescript-eslint's parser is the slow part. */
function instance(): ESLint {
  eslint ??= new ESLint({ cwd: ROOT, overrideConfigFile: resolve(ROOT, "eslint.config.mjs") });
  return eslint;
}

export interface LintHit {
  ruleId: string | null;
  line: number;
  message: string;
}

/** Every message ESLint reports for `text` placed at `filePath` (relative to the repository root). */
export async function lintAt(filePath: string, text: string): Promise<LintHit[]> {
  const [result] = await instance().lintText(text, { filePath: resolve(ROOT, filePath) });
  return result.messages.map((m: Linter.LintMessage) => ({ ruleId: m.ruleId, line: m.line, message: m.message }));
}

/** The rule ids reported for `text` at `filePath`, restricted to `rules` so unrelated rules cannot interfere. */
export async function rulesFired(filePath: string, text: string, rules: readonly string[]): Promise<string[]> {
  const hits = await lintAt(filePath, text);
  const fatal = hits.find((h) => h.ruleId === null);
  // A parse error would hide every rule: fail loudly rather than pass an "expect nothing" case by accident.
  if (fatal) throw new Error(`${filePath}: ${fatal.message}`);
  return hits.map((h) => h.ruleId as string).filter((id) => rules.includes(id));
}
