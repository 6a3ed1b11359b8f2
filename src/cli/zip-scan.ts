// Looks at a zip package before SheetJS inflates it: a 1.6 MB zip of dense rows inflates to
// gigabytes, 20,000 tiny entries take SheetJS minutes, and a worksheet part of millions of cells
// takes gigabytes of heap to parse. The central directory says how many entries there are and how
// large each claims to be; the claim is then verified by inflating each entry with a ceiling (a
// bomb may declare small sizes), and worksheet parts whose size could hold more cells than allowed
// have their cells counted. Damaged archives are left for the reader to report as corrupt.
import { inflateRawSync } from "node:zlib";
import { formatBytes, LimitError, type Limits } from "./limits";

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
// How far an entry may inflate beyond its declared size before it counts as lying.
const SIZE_SLACK = 64 * 1024;

/** One central-directory entry: what the archive claims about it. */
export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The central directory's entries, or null when the archive is too damaged to list (SheetJS then reports it). */
export function listZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntryInfo[] | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(buf);
  if (eocd < 0) return null;
  let cdOffset = buf.readUInt32LE(eocd + 16);
  let declaredCount = buf.readUInt16LE(eocd + 10);
  if ((cdOffset === 0xffffffff || declaredCount === 0xffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (at + 56 <= buf.length && buf.readUInt32LE(at) === ZIP64_EOCD) {
      declaredCount = Number(buf.readBigUInt64LE(at + 32));
      cdOffset = Number(buf.readBigUInt64LE(at + 48));
    }
  }
  // The count is read from the directory itself, not trusted from the end record.
  if (declaredCount > maxEntries) return tooMany(declaredCount, maxEntries);
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  while (p + 46 <= buf.length && buf.readUInt32LE(p) === CENTRAL) {
    if (entries.length >= maxEntries) return tooMany(entries.length + 1, maxEntries);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, Math.min(buf.length, p + 46 + nameLength));
    // ZIP64: the sizes and offset that do not fit 32 bits are in extra field 0x0001, in this order.
    const extra = p + 46 + nameLength;
    for (let e = extra; e + 4 <= Math.min(buf.length, extra + extraLength);) {
      const id = buf.readUInt16LE(e);
      const length = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        const next = () => {
          const v = f + 8 <= buf.length ? Number(buf.readBigUInt64LE(f)) : 0;
          f += 8;
          return v;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      e += 4 + length;
    }
    entries.push({ name, method, compressedSize, size, localOffset });
    p = extra + extraLength + commentLength;
  }
  return entries;
}

/**
 * Throws LimitError when the package breaks a limit: too many entries, an entry or the whole
 * inflating beyond its ceiling (declared or real), or worksheet parts holding too many cells.
 */
export function checkZipLimits(bytes: Uint8Array, limits: Limits): void {
  const entries = listZipEntries(bytes, limits.maxZipEntries);
  if (entries === null) return;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    if (entry.size > limits.maxEntryBytes) throw inflated(entry.name, limits.maxEntryBytes);
    total += entry.size;
    if (total > limits.maxInflatedBytes) throw inflated(entry.name, limits.maxInflatedBytes);
  }
  let realTotal = 0;
  let cells = 0;
  for (const entry of entries) {
    const ceiling = Math.min(limits.maxEntryBytes, limits.maxInflatedBytes - realTotal);
    const data = inflateEntry(buf, entry, ceiling, limits);
    if (data === null) continue;
    realTotal += data.length;
    if (!isWorksheetPart(entry.name)) continue;
    // A cell takes at least four bytes ("<c/>"): a small part cannot break the limit, so it is not counted.
    const sheetCells = data.length / 4 > Math.min(limits.maxSheetCells, limits.maxWorkbookCells - cells) ? countCells(data) : 0;
    if (sheetCells > limits.maxSheetCells) throw tooManyCells(entry.name, sheetCells, limits.maxSheetCells);
    cells += sheetCells;
    if (cells > limits.maxWorkbookCells) throw tooManyCells(entry.name, cells, limits.maxWorkbookCells);
  }
}

// The entry's inflated bytes, at most `ceiling` of them (LimitError beyond); null when the entry
// cannot be located or inflated (the reader reports the damage).
function inflateEntry(buf: Buffer, entry: ZipEntryInfo, ceiling: number, limits: Limits): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return null;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, Math.min(buf.length, start + entry.compressedSize));
  if (entry.method === 0) {
    if (data.length > ceiling) throw inflated(entry.name, limits.maxEntryBytes);
    return data;
  }
  if (entry.method !== 8) return null;
  // Writers put the true size in the central directory; an entry that inflates beyond what it
  // declares is a bomb hiding its size, stopped as soon as it passes the claim (plus slack).
  const claim = entry.size + SIZE_SLACK;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(ceiling, claim)) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
      if (claim < ceiling) throw new LimitError("too-large", "fileZipSizeLies", { part: entry.name, declared: formatBytes(entry.size) });
      throw inflated(entry.name, ceiling === limits.maxEntryBytes ? limits.maxEntryBytes : limits.maxInflatedBytes);
    }
    return null;
  }
}

function isWorksheetPart(name: string): boolean {
  return /(^|\/)worksheets\/[^/]+\.xml$/i.test(name);
}

/** The number of cell elements (<c …>, <c>, <c/>, or with a namespace prefix) in a worksheet part. */
export function countCells(xml: Buffer): number {
  const head = xml.toString("latin1", 0, Math.min(xml.length, 4096));
  const prefix = /<(\w+:)?worksheet[\s>]/.exec(head)?.[1] ?? "";
  let count = 0;
  for (const tail of [" ", ">", "/", "\t", "\r", "\n"]) {
    const needle = Buffer.from(`<${prefix}c${tail}`, "latin1");
    for (let i = xml.indexOf(needle); i >= 0; i = xml.indexOf(needle, i + needle.length)) count++;
  }
  return count;
}

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - MAX_COMMENT);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

function tooMany(count: number, limit: number): never {
  throw new LimitError("too-large", "fileZipTooManyEntries", { count, limit });
}

function inflated(part: string, limit: number): LimitError {
  return new LimitError("too-large", "fileZipInflated", { part, limit: formatBytes(limit) });
}

function tooManyCells(part: string, count: number, limit: number): LimitError {
  return new LimitError("too-many-cells", "fileTooManyCells", { sheet: part, count, limit });
}
