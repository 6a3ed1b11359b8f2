// Test support: GBK-encoded text, as budget systems export their HTML tables.

// GBK bytes for the test's few characters, built from GB18030 decoding (Node has no GBK encoder):
// every 2-byte GBK code is tried once and the characters needed are picked out.
export function encodeGbk(text: string): Buffer {
  const needed = new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7f));
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let hi = 0x81; hi <= 0xfe && table.size < needed.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(Uint8Array.of(hi, lo));
      if (needed.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) bytes.push(...(ch.charCodeAt(0) > 0x7f ? table.get(ch)! : [ch.charCodeAt(0)]));
  return Buffer.from(bytes);
}
