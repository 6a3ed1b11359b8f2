// Looks at a file's first bytes so an unreadable file gets a precise reason instead of a zip
// library's "end of central directory" complaint.

/** What a file's leading bytes say it is. */
export type FileMagic = "zip" | "ole" | "empty" | "other";

// An OLE compound file: legacy .xls, and also every password-protected .xlsx (Office wraps the
// encrypted package in one).
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// "PK" then a local file header (03 04) or, for an archive with no entries, the end record (05 06).
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** Classifies a file by its magic bytes: zip archive (an .xlsx candidate), OLE compound file, empty or other. */
export function sniffMagic(bytes: Uint8Array): FileMagic {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE)) return "ole";
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  return "other";
}
