/*
 * Draws the add-in's ribbon and catalog icons (a white check mark on a rounded blue square) and writes them as PNGs
 * to assets/. Plain Node only: the pixels come from distance functions, the PNG bytes from zlib, so the icons can be
 * regenerated on any machine without an image library. Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

/** The sizes Office asks for: 16/32/80 on the ribbon, 32/64 as IconUrl/HighResolutionIconUrl, 128 for catalogs. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const BACKGROUND: readonly [number, number, number] = [0x0f, 0x6c, 0xbd]; // Fluent brand blue
const FOREGROUND: readonly [number, number, number] = [0xff, 0xff, 0xff];
/** Sub-pixel samples per axis: 4×4 is enough to make the 16 px edges look smooth. */
const SUPERSAMPLE = 4;
const CORNER_RADIUS = 0.18;
const STROKE_HALF_WIDTH = 0.075;
const CHECK: ReadonlyArray<readonly [number, number]> = [
  [0.26, 0.53],
  [0.43, 0.7],
  [0.76, 0.33],
];

function insideRoundedSquare(x: number, y: number): boolean {
  const r = CORNER_RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(px: number, py: number, a: readonly [number, number], b: readonly [number, number]): number {
  const [ax, ay] = a;
  const dx = b[0] - ax;
  const dy = b[1] - ay;
  const t = Math.min(Math.max(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0), 1);
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheckMark(x: number, y: number): boolean {
  for (let i = 0; i + 1 < CHECK.length; i++) if (distanceToSegment(x, y, CHECK[i], CHECK[i + 1]) <= STROKE_HALF_WIDTH) return true;
  return false;
}

/** RGBA pixels of one icon, rows top to bottom. */
export function drawIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let checked = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y)) continue;
          covered++;
          if (onCheckMark(x, y)) checked++;
        }
      }
      const o = (py * size + px) * 4;
      // Colour is the mix inside the square; alpha is how much of the pixel the square covers.
      const mix = covered === 0 ? 0 : checked / covered;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(BACKGROUND[c] * (1 - mix) + FOREGROUND[c] * mix);
      pixels[o + 3] = Math.round((covered / samples) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "ascii"), Buffer.from(data)]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no interlace, filter 0 on every row). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) Buffer.from(rgba.buffer, rgba.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", new Uint8Array(0))]);
}

function main(): void {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) main();
