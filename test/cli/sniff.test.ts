import { describe, expect, it } from "vitest";
import { sniffMagic } from "../../src/cli/sniff";

describe("sniffMagic", () => {
  it("recognises an OLE compound file by D0 CF 11 E0 A1 B1 1A E1", () => {
    expect(sniffMagic(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe("ole");
  });

  it("needs all eight OLE bytes", () => {
    expect(sniffMagic(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a]))).toBe("other");
  });

  it("recognises a zip by PK 03 04 and an empty zip by PK 05 06", () => {
    expect(sniffMagic(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe("zip");
    expect(sniffMagic(Uint8Array.from([0x50, 0x4b, 0x05, 0x06]))).toBe("zip");
  });

  it("calls zero bytes empty and anything else other", () => {
    expect(sniffMagic(new Uint8Array(0))).toBe("empty");
    expect(sniffMagic(Buffer.from("PK but text"))).toBe("other");
  });
});
