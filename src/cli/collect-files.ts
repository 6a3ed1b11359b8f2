// Expands the command line's files and folders into the list of workbooks to check, keeping each
// path as the user wrote it so messages and JSON name files the way the user knows them.
//
// The walk has to end and has to be honest about what it passed over, whatever a sender put in a
// folder: symlinks to folders are not followed (two links "x.xlsx -> ." made the walk endless), a
// folder reached twice (given twice, or a bind mount) is walked once, and FIFOs, devices and sockets
// are never opened (a FIFO blocks forever, a link to /dev/zero reads until memory runs out). A
// symlink to a regular file inside a walked folder is followed once: it is a file, and the user put
// it there; it cannot lead the walk anywhere else.
import { promises as fs, type Stats } from "node:fs";
import path from "node:path";
import type { SkippedFile, SkipReason } from "./batch-result";
import type { InputIdentity } from "./safe-write";

/** A workbook to check, or a path that could not even be listed (reported like an unreadable file). */
export type InputEntry =
  | {
      kind: "file";
      file: string;
      resolved: string;
      /** Device and inode of the file (of a symlink's destination): what --fix's writes must never land on. */
      identity: InputIdentity;
    }
  | {
      kind: "unlisted";
      file: string;
      /** "not-a-file": given on the command line but a FIFO, device or socket, never opened. */
      problem: "not-found" | "read-failed" | "not-a-file";
      /** The system's message, or for "not-a-file" what the path is ("FIFO", "character device"…). */
      detail: string;
    };

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
 * Lists the workbooks behind the given paths: files as given (whatever their extension), folders
 * walked recursively in name order, duplicates dropped. Never walks into a folder listed in
 * skipFolders (real paths; matched by device and inode) and never follows a symlink to a folder
 * found inside a walk. A path given on the command line that is a FIFO, device or socket becomes
 * an "unlisted" entry (problem "not-a-file"); found by a walk, it is skipped ("special-file").
 */
export async function collectInputs(paths: string[], skipFolders: string[] = []): Promise<CollectedInputs> {
  const entries: InputEntry[] = [];
  const skip = new Set<string>();
  for (const folder of skipFolders) {
    const stat = await fs.stat(folder).catch(() => null);
    if (stat) skip.add(identityKey(stat));
  }
  const walk: Walk = { out: entries, skipped: [], skip, visited: new Set() };
  for (const given of paths) await collectGiven(given, walk);
  const seen = new Set<string>();
  const inputs = entries.filter((entry) => {
    if (entry.kind !== "file") return true;
    if (seen.has(entry.resolved)) return false;
    seen.add(entry.resolved);
    return true;
  });
  return { inputs, skipped: walk.skipped };
}

/** What a path is, in words for a message: "FIFO", "socket", "character device", "block device". */
export function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return "FIFO";
  if (stat.isSocket()) return "socket";
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  return "special file";
}

interface Walk {
  out: InputEntry[];
  skipped: SkippedFile[];
  /** Identities (dev:ino) of folders never to walk into: --fix's output folder. */
  skip: Set<string>;
  /** Identities of the folders walked so far: each folder is walked once, so nothing can loop. */
  visited: Set<string>;
}

// A path from the command line: symlinks are followed (the user named it), a folder is walked.
async function collectGiven(file: string, walk: Walk): Promise<void> {
  let stat: Stats;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    walk.out.push(unlisted(file, error));
    return;
  }
  if (stat.isDirectory()) await collectFolder(file, stat, walk);
  // A file named on the command line is checked whatever its extension; the sniffer says what it is.
  else if (stat.isFile()) walk.out.push(fileEntry(file, stat));
  else walk.out.push({ kind: "unlisted", file, problem: "not-a-file", detail: specialKind(stat) });
}

async function collectFolder(dir: string, stat: Stats, walk: Walk): Promise<void> {
  const key = identityKey(stat);
  if (walk.skip.has(key)) {
    walk.skipped.push({ file: dir, reason: "output-folder" });
    return;
  }
  // Walked already (the same folder given twice, or given inside another given folder): its
  // workbooks are listed once, and a bind mount of a parent cannot loop.
  if (walk.visited.has(key)) return;
  walk.visited.add(key);
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
    // Some filesystems do not report entry types; lstat then says what the entry itself is.
    const type = dirent.isFile() || dirent.isDirectory() || dirent.isSymbolicLink() ? dirent : await fs.lstat(child).catch(() => null);
    if (type === null) continue; // gone since the listing
    if (type.isDirectory()) {
      const folder = await fs.stat(child).catch(() => null);
      if (folder?.isDirectory()) await collectFolder(child, folder, walk);
      continue;
    }
    if (type.isSymbolicLink()) {
      await collectLink(child, dirent.name, walk);
      continue;
    }
    if (!type.isFile()) {
      walk.skipped.push({ file: child, reason: "special-file" });
      continue;
    }
    const reason = skipReason(dirent.name);
    if (reason !== null) {
      walk.skipped.push({ file: child, reason });
      continue;
    }
    await collectWalkedFile(child, walk);
  }
}

// A symlink inside a walked folder: to a folder, not followed; to a FIFO, device or socket, skipped;
// to a regular file, taken like the file itself (by the link's own name).
async function collectLink(link: string, name: string, walk: Walk): Promise<void> {
  const target = await fs.stat(link).catch(() => null);
  if (target?.isDirectory()) {
    walk.skipped.push({ file: link, reason: "linked-folder" });
    return;
  }
  if (target !== null && !target.isFile()) {
    walk.skipped.push({ file: link, reason: "special-file" });
    return;
  }
  const reason = skipReason(name);
  if (reason !== null) walk.skipped.push({ file: link, reason });
  // A dangling link with a workbook name is reported as not found, like a file that vanished.
  else await collectWalkedFile(link, walk);
}

async function collectWalkedFile(file: string, walk: Walk): Promise<void> {
  let stat: Stats;
  try {
    stat = await fs.stat(file);
  } catch (error) {
    walk.out.push(unlisted(file, error));
    return;
  }
  // Replaced by something else since the listing: judged like any special entry.
  if (!stat.isFile()) walk.skipped.push({ file, reason: stat.isDirectory() ? "linked-folder" : "special-file" });
  else walk.out.push(fileEntry(file, stat));
}

function fileEntry(file: string, stat: Stats): InputEntry {
  return { kind: "file", file, resolved: path.resolve(file), identity: { dev: stat.dev, ino: stat.ino, file } };
}

function identityKey(stat: { dev: number; ino: number }): string {
  return `${stat.dev}:${stat.ino}`;
}

function unlisted(file: string, error: unknown): InputEntry {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: "unlisted", file, problem: code === "ENOENT" ? "not-found" : "read-failed", detail };
}
