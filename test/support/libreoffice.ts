// LibreOffice headless as a real spreadsheet engine for the tests: recalculates a workbook copy
// (forced on load, so a wrong cached value cannot survive) and reads every cell back with SheetJS.
import { requireProgram } from "./prerequisite";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as XLSX from "@e965/xlsx";

export const SOFFICE_PATH = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";

/** True when the LibreOffice binary is there; the recalculation tests skip (or fail under CI=true) without it. */
export function hasLibreOffice(): boolean {
  return existsSync(SOFFICE_PATH);
}

// Calc's "Recalculation on File Load" settings (Tools ▸ Options ▸ Calc ▸ Formula): 0 = always,
// 1 = never (the shipped default, which would hand back the cached values we want to test), 2 = ask.
// Key names checked against the installed schema, share/registry/main.xcd, group Calc/Formula/Load.
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

// Converting the first file also creates the profile, which takes several seconds on these machines.
const TIMEOUT_MS = 180_000;

let profile: string | null = null;
let queue: Promise<unknown> = Promise.resolve();

// One fresh profile per test process: the user's own profile (if any) never changes what we measure,
// and reusing it across calls spares the start-up cost of a new one.
function freshProfile(): string {
  if (profile !== null) return profile;
  const dir = mkdtempSync(path.join(tmpdir(), "perf-lo-profile-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  profile = dir;
  return dir;
}

/**
 * Opens the file in LibreOffice (recalculating every formula on load) and saves it as .xlsx in a new
 * temp folder; resolves to that file's path. Calls run one at a time: two soffice processes on one
 * profile would fight over its lock.
 */
export function recalculate(file: string): Promise<string> {
  const run = queue.then(() => convert(file));
  queue = run.catch(() => undefined);
  return run;
}

function convert(file: string): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), "perf-lo-out-"));
  const args = [
    `-env:UserInstallation=${pathToFileURL(freshProfile()).href}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    path.resolve(file),
  ];
  return new Promise((resolve, reject) => {
    execFile(SOFFICE_PATH, args, { timeout: TIMEOUT_MS }, (error, stdout, stderr) => {
      const output = path.join(outDir, `${path.parse(file).name}.xlsx`);
      if (error) return reject(new Error(`soffice failed on ${file}: ${error.message}\n${stdout}${stderr}`));
      if (!existsSync(output)) return reject(new Error(`soffice wrote no ${output}:\n${stdout}${stderr}`));
      resolve(output);
    });
  });
}

/** One cell as compared between input, copy and recalculated copy. */
export interface CellContent {
  value: string | number | boolean;
  /** Formula text without "=", or null for a constant. */
  formula: string | null;
}

/** Every non-empty cell of every sheet, keyed "Sheet!A1", read with SheetJS (values as cached in the file). */
export function readCells(file: string): Record<string, CellContent> {
  const workbook = XLSX.read(readFileSync(file), { cellFormula: true, cellNF: false, cellStyles: false });
  const cells: Record<string, CellContent> = {};
  for (const name of workbook.SheetNames) {
    const sheet = workbook.Sheets[name];
    for (const [address, cell] of Object.entries(sheet)) {
      if (address.startsWith("!")) continue;
      const c = cell as XLSX.CellObject;
      const formula = typeof c.f === "string" && c.f !== "" ? c.f : null;
      if (c.v === undefined || c.v === null || (c.v === "" && formula === null)) {
        if (formula === null) continue;
      }
      const value = c.t === "e" ? (c.w ?? String(c.v)) : (c.v as string | number | boolean | Date);
      cells[`${name}!${address}`] = { value: value instanceof Date ? value.toISOString() : (value ?? ""), formula };
    }
  }
  return cells;
}

/** hasLibreOffice(), warning where it is missing and failing under CI=true (see prerequisite.ts). */
export function requireLibreOffice(what: string): boolean {
  return requireProgram(what, SOFFICE_PATH, hasLibreOffice(), "apt-get install -y libreoffice-calc-nogui");
}
