// Expands the command line's files and folders into the list of workbooks to check, keeping each
// path as the user wrote it so messages and JSON name files the way the user knows them.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { SkippedFile, SkipReason } from "./batch-result";

/** A workbook to check, or a path that could not even be listed (reported like an unreadable file). */
export type InputEntry =
  | { kind: "file"; file: string; resolved: string }
  | { kind: "unlisted"; file: string; problem: "not-found" | "read-failed"; detail: string };

// The workbook kinds perf-check reads, matched in any case (Windows users write .XLS as often as .xls).
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xltx|xls|et|ods)$/i;

/** Why a folder walk passes over a file name, or null when it is a workbook to check. */
export function skipReason(name: string): SkipReason | null {
  // Excel and WPS keep "~$book.xlsx" beside an open workbook, LibreOffice ".~lock.book.xlsx#": a
  // few bytes of user name, never a workbook.
  if (name.startsWith("~$") || name.startsWith(".~")) return "lock-file";
  return WORKBOOK_EXTENSION.test(name) ? null : "not-a-workbook-name";
}

/** True for names a folder walk picks up: .xlsx .xlsm .xltx .xls .et .ods in any case; never lock files. */
export function isWorkbookName(name: string): boolean {
  return skipReason(name) === null;
}

/** The workbooks to check, and what the folder walks passed over and why. */
export interface CollectedInputs {
  inputs: InputEntry[];
  skipped: SkippedFile[];
}

/**
 * Lists the workbooks behind the given paths: files as given, folders walked recursively in name
 * order (never into a folder listed in skipFolders, given as real paths), duplicates dropped.
 */
export async function collectInputs(paths: string[], skipFolders: string[] = []): Promise<CollectedInputs> {
  const entries: InputEntry[] = [];
  const walk: Walk = { out: entries, skipped: [], skip: new Set(skipFolders) };
  for (const given of paths) await collectPath(given, true, walk);
  const seen = new Set<string>();
  const inputs = entries.filter((entry) => {
    if (entry.kind !== "file") return true;
    if (seen.has(entry.resolved)) return false;
    seen.add(entry.resolved);
    return true;
  });
  return { inputs, skipped: walk.skipped };
}

interface Walk {
  out: InputEntry[];
  skipped: SkippedFile[];
  skip: Set<string>;
}

async function collectPath(file: string, explicit: boolean, walk: Walk): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    walk.out.push(unlisted(file, error));
    return;
  }
  if (stat.isDirectory()) {
    await collectFolder(file, walk);
    return;
  }
  // A file named on the command line is checked whatever its extension; the sniffer says what it is.
  if (explicit || isWorkbookName(path.basename(file))) walk.out.push({ kind: "file", file, resolved: path.resolve(file) });
}

async function collectFolder(dir: string, walk: Walk): Promise<void> {
  if (walk.skip.size > 0 && walk.skip.has(await realPath(dir))) {
    walk.skipped.push({ file: dir, reason: "output-folder" });
    return;
  }
  let dirents;
  try {
    dirents = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    walk.out.push(unlisted(dir, error));
    return;
  }
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const dirent of dirents) {
    const child = path.join(dir, dirent.name);
    // A symlink is never a directory entry here, so a link cycle cannot make the walk endless.
    if (dirent.isDirectory()) {
      await collectFolder(child, walk);
      continue;
    }
    const reason = skipReason(dirent.name);
    if (reason === null) await collectPath(child, false, walk);
    else walk.skipped.push({ file: child, reason });
  }
}

// A folder that vanished mid-walk keeps its plain path; the readdir below then reports it.
async function realPath(dir: string): Promise<string> {
  return fs.realpath(dir).catch(() => path.resolve(dir));
}

function unlisted(file: string, error: unknown): InputEntry {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unlisted", file, problem: code === "ENOENT" ? "not-found" : "read-failed", detail };
}
