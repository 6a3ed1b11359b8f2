// The limits every workbook is read and checked under (issue 8 item 1), so the worst file a sender
// can make costs only itself. The figures behind each value are measured by `npm run bench`
// (bench/suites/isolation.ts) on a 2-core machine; the reasons are beside each one.

/** Everything a file may cost before it is reported instead of checked. */
export interface Limits {
  /** Bytes read from one input file. */
  maxFileBytes: number;
  /** Entries in a zip package's central directory. */
  maxZipEntries: number;
  /** Inflated bytes of one zip entry (declared, and verified while inflating). */
  maxEntryBytes: number;
  /** Inflated bytes of all entries together. */
  maxInflatedBytes: number;
  /** Cells one worksheet may hold. */
  maxSheetCells: number;
  /** Cells all worksheets of a workbook may hold together. */
  maxWorkbookCells: number;
  /**
   * Rows × columns of the Grid handed to the engine: its SheetView indexes merges in a typed array of
   * that many cells, so a used range clipped to this size keeps that index small.
   */
  maxGridArea: number;
  /** The worker's V8 old-generation ceiling, in MB. */
  heapMb: number;
  /** Wall-clock time one file may take in its worker, in milliseconds. */
  timeoutMs: number;
}

/**
 * The defaults, set with the figures of `npm run bench` (suite "isolation", 2 cores, Node 20): the
 * samples are 10–15 KB and check in ~10 ms. A genuine 1,048,576-row sheet of two columns (11 MB on
 * disk, 2.1 million cells) checks in ~15 s with a peak of ~1.1 GB for the whole process; 2.96 million
 * cells of dense rows (135 KB on disk) in ~7 s and ~0.55 GB. So 3 million cells keeps one worker well
 * under its 1.5 GB heap ceiling (two workers: 3 GB at the very worst), and a workbook with a staff
 * list of 100,000 rows × 20 columns still passes; forms themselves are a few hundred cells.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  // The largest real workbooks seen are a few MB; 100 MB is far above them and still reads in a second.
  maxFileBytes: 100 * 1024 * 1024,
  // A workbook has tens of parts; 10,000 leaves room for many sheets, images and custom XML.
  maxZipEntries: 10_000,
  // V8 strings stop at 2^29 characters (~512 MiB): SheetJS turns a part into one string, so a part
  // above 256 MiB either fails anyway or costs gigabytes of heap.
  maxEntryBytes: 256 * 1024 * 1024,
  maxInflatedBytes: 512 * 1024 * 1024,
  maxSheetCells: 3_000_000,
  maxWorkbookCells: 3_000_000,
  // 16 M cells: a 64 MB merge index; a 1,048,576-row sheet up to 16 columns wide fits unclipped.
  maxGridArea: 16 * 1024 * 1024,
  heapMb: 1536,
  // A sample takes ~10 ms, the largest sheet inside the cell limit ~15 s: 8× headroom for a busy machine.
  timeoutMs: 120_000,
};

/** The error codes a limit gives a file (they extend FileErrorCode). */
export type LimitCode = "too-large" | "too-many-cells" | "timeout" | "out-of-memory";

/** A file over a limit: the code for scripts, and the message key and parameters naming the limit. */
export class LimitError extends Error {
  constructor(
    readonly code: LimitCode,
    readonly key: LimitMessageKey,
    readonly params: Record<string, string | number>,
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = "LimitError";
  }
}

/** The messages.ts keys that describe a limit. */
export type LimitMessageKey =
  "fileTooLarge" | "fileZipTooManyEntries" | "fileZipInflated" | "fileZipSizeLies" | "fileTooManyCells" | "fileTimeout" | "fileOutOfMemory";

/** A byte count for messages: "100 MB", "3.2 GB", "512 KB". */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`;
}
