// Looks at a file's first bytes so an unreadable file gets a precise reason, and so bytes that are
// no spreadsheet never reach SheetJS (which reads any text at all as a CSV sheet).

/** What a file's leading bytes say it is. */
export type FileMagic = "zip" | "ole" | "html" | "xml-spreadsheet" | "empty" | "pdf" | "other";

// An OLE compound file: legacy .xls and WPS .et (BIFF8 inside), a Word .doc, and every
// password-protected .xlsx (Office wraps the encrypted package in one).
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "PK" then a local file header (03 04) or, for an archive with no entries, the end record (05 06).
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const PDF = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
// How far into a text file the markup that names it must appear (a budget system's export puts
// <html> or <table> within the first few hundred bytes, after an optional BOM and blank lines).
const TEXT_PROBE = 4096;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/**
 * Classifies a file by its leading bytes: zip archive (.xlsx/.xlsm/.xltx/.ods candidates), OLE
 * compound file (.xls/.et or an encrypted package), an HTML table or an Excel 2003 XML spreadsheet
 * (both commonly saved as ".xls" by budget systems), empty, PDF or anything else.
 */
export function sniffMagic(bytes: Uint8Array): FileMagic {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE)) return "ole";
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (startsWith(bytes, PDF)) return "pdf";
  return sniffMarkup(bytes) ?? "other";
}

// Markup is recognised by its tags, not by a leading "<" alone: a CSV or a log is not a spreadsheet.
function sniffMarkup(bytes: Uint8Array): "html" | "xml-spreadsheet" | null {
  const head = textHead(bytes);
  if (head === null) return null;
  if (/^\s*</.test(head) === false) return null;
  const lower = head.toLowerCase();
  if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet") && /<workbook[\s>]/.test(lower)) return "xml-spreadsheet";
  if (/<(html|table)[\s>]/.test(lower) || lower.includes("<!doctype html")) return "html";
  return null;
}

// The first bytes as text: UTF-16 by its BOM, otherwise as Latin-1 (enough to find ASCII tags in
// UTF-8, GBK or GB18030 files alike).
function textHead(bytes: Uint8Array): string | null {
  const probe = bytes.subarray(0, TEXT_PROBE);
  if (probe[0] === 0xff && probe[1] === 0xfe) return new TextDecoder("utf-16le").decode(probe.subarray(2));
  if (probe[0] === 0xfe && probe[1] === 0xff) return new TextDecoder("utf-16be").decode(probe.subarray(2));
  const start = probe[0] === 0xef && probe[1] === 0xbb && probe[2] === 0xbf ? 3 : 0;
  // A NUL in the first bytes means binary data, never markup.
  if (probe.subarray(start, 512).includes(0)) return null;
  return new TextDecoder("latin1").decode(probe.subarray(start));
}
