import { readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ICON_SIZES, drawIcon, encodePng } from "../../scripts/make-icons";
import { ROOT } from "./build-once";

/** Decodes the PNGs make-icons writes (RGBA, 8 bit, filter 0): enough to compare pixels without an image library. */
function decode(png: Buffer): { width: number; height: number; rgba: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("ascii", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === "IDAT") idat.push(data);
    offset += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  }
  return { width, height, rgba };
}

describe("icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png is committed, square at its size, and what the script draws now", (size) => {
    const png = decode(readFileSync(join(ROOT, "assets", `icon-${size}.png`)));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(png.rgba.equals(Buffer.from(drawIcon(size)))).toBe(true);
  });

  it("draws a white mark on an opaque blue centre with transparent corners", () => {
    const size = 64;
    const { rgba } = decode(encodePng(size, drawIcon(size)));
    const px = (x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(px(0, 0)[3]).toBe(0);
    expect(px(4, size / 2)).toEqual([0x0f, 0x6c, 0xbd, 255]);
    // The check mark's corner point, (0.43, 0.70) of the square.
    expect(px(Math.floor(0.43 * size), Math.floor(0.7 * size))).toEqual([255, 255, 255, 255]);
  });
});
