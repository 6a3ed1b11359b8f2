// Writes every output file (copies, reports, JSON to a file) so that a final name only ever holds a
// complete file: the bytes go to a temporary file beside the target, are flushed to disk, and only
// then get the final name. Without --overwrite the final name is claimed with an exclusive hard link,
// so two runs writing into one folder each keep their copy ("表 (2).xlsx") instead of one losing it.
// The target is never opened for writing, so a symlink or hard link planted in the output folder
// cannot lead the write into an input.
import { close, fsync, openSync, promises as fs, unlinkSync, writeFile } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";

/** A file by device and inode: the same file under any name, symlink or hard link. */
export interface InputIdentity {
  dev: number;
  ino: number;
  /** The input's path as given, so a refusal can name it (identityOf fills it in). */
  file?: string;
}

export interface SafeWriteOptions {
  /** Replace an existing file at the target (--overwrite); otherwise a clash gets a numbered name. */
  overwrite: boolean;
  /** Every input of the batch: no output may land on one of them. */
  inputs: InputIdentity[];
}

export interface SafeWriteResult {
  /** Where the file now is: the target, or a numbered sibling ("name (2).ext") when the target was taken. */
  path: string;
  /** True when the target was taken and a numbered name was used instead (the CLI says so). */
  numbered: boolean;
  /** True when --overwrite replaced something that was at the target. */
  replaced: boolean;
}

/** Why writeFileSafely refused; the caller translates it (message key fileWriteOntoInput). */
export class SafeWriteError extends Error {
  constructor(
    readonly code: "onto-input",
    /** The output path that was refused. */
    readonly target: string,
    /** The input it would have replaced, as given (empty when the identity carried no path). */
    readonly input: string,
  ) {
    super(`Refusing to write "${target}": it is the input file "${input || "(an input)"}" (same device and inode).`);
    this.name = "SafeWriteError";
  }
}

// Temporaries that exist right now, so Ctrl-C (removeTemporaries) can delete them. A Set, not a
// count: the signal handler needs the names, and writes run concurrently.
const live = new Set<string>();

// Beyond this many numbered names something is wrong (a folder of 10,000 copies of one name);
// fail with the last error rather than loop.
const MAX_NUMBER = 10_000;

/**
 * Writes bytes to target so that target (or the numbered name returned) only ever holds the complete
 * bytes: temporary file in the same folder (exclusive create, mode 0o644), fsync, close, then an
 * exclusive link (without overwrite; EEXIST moves on to "name (2).ext", "(3)"…) or a rename (with
 * overwrite). Creates the folder when missing. Throws SafeWriteError when the existing target is one
 * of the inputs (same device and inode: a hard link, or the folder is an input folder), and the
 * system's error for anything else; the temporary is removed either way.
 */
export async function writeFileSafely(target: string, bytes: Uint8Array, options: SafeWriteOptions): Promise<SafeWriteResult> {
  const dir = path.dirname(target);
  await fs.mkdir(dir, { recursive: true });
  const temp = await writeTemporary(dir, path.basename(target), bytes);
  try {
    return await placeTemporary(temp, target, options);
  } finally {
    // After a link the temporary is a second name of the finished file; after a rename it is gone.
    await fs.unlink(temp).catch(() => undefined);
    live.delete(temp);
  }
}

/**
 * Deletes every temporary file still being written and returns their paths. Synchronous so a
 * SIGINT/SIGTERM handler can call it right before exiting.
 */
export function removeTemporaries(): string[] {
  const removed: string[] = [];
  for (const temp of live) {
    try {
      unlinkSync(temp);
      removed.push(temp);
    } catch {
      // Already placed or removed by its own write: nothing left to clean.
    }
    live.delete(temp);
  }
  return removed;
}

/** The device and inode of a file (following symlinks, so a link to an input gives the input), or null when it cannot be read. */
export async function identityOf(file: string): Promise<InputIdentity | null> {
  try {
    const stat = await fs.stat(file);
    return { dev: stat.dev, ino: stat.ino, file };
  } catch {
    return null;
  }
}

/** "表.xlsx" → "表 (2).xlsx" for n = 2; the folder is kept. */
export function numberedName(target: string, n: number): string {
  const ext = path.extname(target);
  return `${target.slice(0, target.length - ext.length)} (${n})${ext}`;
}

/** Hooks for tests: a filesystem without hard links (FAT, some network shares) answers link with EPERM. */
export interface PlaceOperations {
  link(from: string, to: string): Promise<void>;
}

const realOperations: PlaceOperations = { link: (from, to) => fs.link(from, to) };

/**
 * Gives the finished temporary file its final name (exported for tests; writeFileSafely is the API).
 * The temporary is left for the caller to remove.
 */
export async function placeTemporary(
  temp: string,
  target: string,
  options: SafeWriteOptions,
  operations: PlaceOperations = realOperations,
): Promise<SafeWriteResult> {
  refuseInput(target, await lstatOrNull(target), options.inputs);
  if (options.overwrite) {
    const existing = await lstatOrNull(target);
    // rename replaces the directory entry: a symlink at the target is replaced itself, never its destination.
    await fs.rename(temp, target);
    return { path: target, numbered: false, replaced: existing !== null };
  }
  let lastError: unknown = null;
  for (let n = 1; n <= MAX_NUMBER; n++) {
    const candidate = n === 1 ? target : numberedName(target, n);
    try {
      await operations.link(temp, candidate);
      return { path: candidate, numbered: n > 1, replaced: false };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") {
        lastError = error;
        continue;
      }
      if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "ENOSYS" || code === "EXDEV") {
        return placeWithoutLinks(temp, target);
      }
      throw error;
    }
  }
  throw lastError;
}

// No hard links here (FAT/exFAT sticks, some SMB shares): check then rename. A file never appears
// half-written under its final name, but two runs racing on one name in the same instant can lose
// one copy; the exclusive link above is what prevents that where links exist.
async function placeWithoutLinks(temp: string, target: string): Promise<SafeWriteResult> {
  for (let n = 1; n <= MAX_NUMBER; n++) {
    const candidate = n === 1 ? target : numberedName(target, n);
    if ((await lstatOrNull(candidate)) !== null) continue;
    await fs.rename(temp, candidate);
    return { path: candidate, numbered: n > 1, replaced: false };
  }
  throw new Error(`No free name for "${target}" after ${MAX_NUMBER} tries.`);
}

function refuseInput(target: string, existing: { dev: number; ino: number } | null, inputs: InputIdentity[]): void {
  if (existing === null) return;
  const hit = inputs.find((input) => input.dev === existing.dev && input.ino === existing.ino);
  if (hit) throw new SafeWriteError("onto-input", target, hit.file ?? "");
}

async function lstatOrNull(file: string): Promise<{ dev: number; ino: number } | null> {
  try {
    return await fs.lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

// The temporary's name starts with "." and ends with ".tmp": hidden in listings, and a folder walk
// never takes it for a workbook. It carries the pid and random bytes, and is created exclusively, so
// concurrent writers (threads or processes) never share one. It is created and registered in one
// synchronous step: a SIGINT handler (which runs between event-loop turns) then always knows every
// temporary on disk, where an asynchronous open could finish in the thread pool before its callback
// registered the name.
async function writeTemporary(dir: string, base: string, bytes: Uint8Array): Promise<string> {
  let temp = "";
  let fd = -1;
  while (fd < 0) {
    temp = path.join(dir, `.${base}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`);
    try {
      fd = openSync(temp, "wx", 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  live.add(temp);
  try {
    await writeFd(fd, bytes);
    // Flushed before it gets its final name: after a crash or power cut the final name holds all or nothing.
    await fsyncFd(fd);
    await closeFd(fd);
  } catch (error) {
    await closeFd(fd).catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    live.delete(temp);
    throw error;
  }
  return temp;
}

const writeFd = promisify((fd: number, bytes: Uint8Array, done: (error: NodeJS.ErrnoException | null) => void) =>
  writeFile(fd, bytes, done),
);
const fsyncFd = promisify(fsync);
const closeFd = promisify(close);
