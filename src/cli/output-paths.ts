// Where --fix writes each corrected copy: <out>/<input base name>, made unique when inputs from
// different folders share a name, and never onto an input file. Inputs that are not Open XML
// packages (.xls, .et, .ods, HTML) are copied as .xlsx, so their copies are named so.
import path from "node:path";
import { copyExtension, type WorkbookFormat } from "./workbook-format";

// By name, before any file is read: the planner must see every final name to number the clashes.
const CONVERTED_EXTENSIONS = /\.(xls|et|ods|html?)$/i;

/** The copy's file name for an input name: 表.xls → 表.xlsx; .xlsx, .xlsm, .xltx and other names are kept. */
export function copyName(base: string): string {
  return CONVERTED_EXTENSIONS.test(base) ? base.replace(CONVERTED_EXTENSIONS, ".xlsx") : base;
}

/**
 * The planned output path with the extension the copy of this format really has (a file named .xlsx
 * that is really a .xls still gets .xlsx; one that is really macro-enabled gets .xlsm). A planned
 * extension that already matches, in any case, is kept.
 */
export function withCopyExtension(output: string, format: WorkbookFormat): string {
  const wanted = copyExtension(format);
  const ext = path.extname(output);
  if (ext.toLowerCase() === wanted) return output;
  return output.slice(0, output.length - ext.length) + wanted;
}

/** One planned copy: the input as given, its real path, and where its copy goes. */
export interface OutputPlan {
  file: string;
  realInput: string;
  output: string;
  realOutput: string;
}

/**
 * Gives every input an output path in the output folder, in input order: the first keeps its base
 * name, later ones with the same name (compared case-insensitively, as Windows and macOS do) get " (2)", " (3)"….
 */
export function planOutputs(inputs: { file: string; realInput: string }[], outDir: string, realOutDir: string): OutputPlan[] {
  const taken = new Set<string>();
  return inputs.map(({ file, realInput }) => {
    const name = uniqueName(copyName(path.basename(file)), taken);
    return { file, realInput, output: path.join(outDir, name), realOutput: path.join(realOutDir, name) };
  });
}

/** The first input that some planned copy would overwrite, or null when every copy lands on a new path. */
export function overwrittenInput(plans: OutputPlan[]): string | null {
  const inputs = new Map(plans.map((p) => [p.realInput, p.file] as const));
  for (const plan of plans) {
    const hit = inputs.get(plan.realOutput);
    if (hit !== undefined) return hit;
  }
  return null;
}

function uniqueName(base: string, taken: Set<string>): string {
  const ext = path.extname(base);
  const stem = base.slice(0, base.length - ext.length);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Why --out cannot be used with these inputs, or null. "same-as-input": the output folder is one of
 * the input folders, so the copies would sit among the originals, be skipped as the output folder
 * (nothing checked, yet "no errors") and be read as inputs by the next run. Both sides are real paths
 * (fs.realpath), so a symlink to the input folder is caught too. An --out inside an input folder is
 * fine: the walk skips it ("output-folder").
 */
export function outFolderProblem(outDirReal: string, inputRealPaths: string[]): "same-as-input" | null {
  const out = comparable(outDirReal);
  return inputRealPaths.some((input) => comparable(input) === out) ? "same-as-input" : null;
}

// "/w/in/" and "/w/in" are one folder. Case is compared as is: fs.realpath.native gives a
// case-insensitive disk's own spelling (macOS, Windows), so callers should use it for both sides.
function comparable(dir: string): string {
  return path.resolve(dir);
}
