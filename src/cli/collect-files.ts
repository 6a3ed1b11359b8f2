// Expands the command line's files and folders into the list of workbooks to check, keeping each
// path as the user wrote it so messages and JSON name files the way the user knows them.
import { promises as fs } from "node:fs";
import path from "node:path";

/** A workbook to check, or a path that could not even be listed (reported like an unreadable file). */
export type InputEntry =
  | { kind: "file"; file: string; resolved: string }
  | { kind: "unlisted"; file: string; problem: "not-found" | "read-failed"; detail: string };

/** True for names a folder walk picks up: .xlsx, plus .xls so it gets its "save as .xlsx" message; never Excel lock files. */
export function isWorkbookName(name: string): boolean {
  if (name.startsWith("~$")) return false;
  return /\.xlsx?$/i.test(name);
}

/** Lists the workbooks behind the given paths: files as given, folders walked recursively in name order, duplicates dropped. */
export async function collectInputs(paths: string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  for (const given of paths) await collectPath(given, true, entries);
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (entry.kind !== "file") return true;
    if (seen.has(entry.resolved)) return false;
    seen.add(entry.resolved);
    return true;
  });
}

async function collectPath(file: string, explicit: boolean, out: InputEntry[]): Promise<void> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    out.push(unlisted(file, error));
    return;
  }
  if (stat.isDirectory()) {
    await collectFolder(file, out);
    return;
  }
  // A file named on the command line is checked whatever its extension; the sniffer says what it is.
  if (explicit || isWorkbookName(path.basename(file))) out.push({ kind: "file", file, resolved: path.resolve(file) });
}

async function collectFolder(dir: string, out: InputEntry[]): Promise<void> {
  let dirents;
  try {
    dirents = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.push(unlisted(dir, error));
    return;
  }
  dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const dirent of dirents) {
    const child = path.join(dir, dirent.name);
    // A symlink is never a directory entry here, so a link cycle cannot make the walk endless.
    if (dirent.isDirectory()) await collectFolder(child, out);
    else if (isWorkbookName(dirent.name)) await collectPath(child, false, out);
  }
}

function unlisted(file: string, error: unknown): InputEntry {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unlisted", file, problem: code === "ENOENT" ? "not-found" : "read-failed", detail };
}
