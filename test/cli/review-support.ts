// Shared by the review-*.test.ts files: the three samples checked by the CLI's own reader and the engine,
// as the batch hands them on (FileResult), without a worker pool.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkGrid, type Lang } from "../../src/model";
import type { FileResult } from "../../src/cli/batch-result";
import { readWorkbook } from "../../src/cli/read-workbook";
import { SAMPLES } from "./helpers";

export const SAMPLE_FILES = ["01-新建潇河派出所业务用房建设资金.xlsx", "02-日常运行公用经费.xlsx", "03-分局及派出所运行费.xlsx"];

/** One sample checked as the CLI checks it: readWorkbook, then checkGrid on every sheet. */
export function checkSample(name: string, lang: Lang = "zh"): FileResult {
  const file = path.join(SAMPLES, name);
  const read = readWorkbook(readFileSync(file), file);
  if (!read.ok) throw new Error(`${name}: ${read.failure} ${read.detail}`);
  const forms = read.sheets.flatMap((s) => (s.ok ? checkGrid(s.grid, { lang }) : []));
  return { file: `samples/${name}`, error: null, errorCode: null, sheetErrors: [], forms };
}
