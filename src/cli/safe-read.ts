// Reads one input file with a bound: only a regular file is read, and never more than the size
// limit. readFileSync on a FIFO named .xlsx blocks forever, and on a link to /dev/zero reads until
// memory runs out (issue 8, "Hangs").
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { formatBytes, LimitError } from "./limits";

/** A path that is no regular file (a FIFO, a device, a socket, a folder): it is not read at all. */
export class NotRegularFileError extends Error {
  constructor(readonly kind: string) {
    super(`not a regular file (${kind})`);
    this.name = "NotRegularFileError";
  }
}

// O_NONBLOCK makes open() of a FIFO return at once instead of waiting for a writer; on a regular
// file it changes nothing. Windows has no FIFOs and no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The file's bytes, read through one descriptor: fstat on that descriptor (not on the path, which
 * may change between the check and the read) must say regular file, and at most maxBytes are read.
 * Throws NotRegularFileError, LimitError("too-large") or the system's error.
 */
export function readInputFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFileError(kindOf(stat));
    const tooLarge = (size: number) =>
      new LimitError("too-large", "fileTooLarge", { size: formatBytes(size), limit: formatBytes(maxBytes) });
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    // The file may grow while it is read: read one byte past the limit to notice, never more.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(length);
        break;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return "FIFO";
  if (stat.isCharacterDevice()) return "character device";
  if (stat.isBlockDevice()) return "block device";
  if (stat.isSocket()) return "socket";
  if (stat.isDirectory()) return "directory";
  return "special file";
}
