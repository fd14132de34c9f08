import { describe, expect, it } from "vitest";
import { sampleFiles } from "@/tests/factories-users";
import { isSafeStorageKey, newStorageKey } from "./keys";
import { sniffFileType, sniffImageType } from "./sniff";

describe("sniffImageType", () => {
  it.each([
    ["jpeg", sampleFiles.jpeg(), "image/jpeg"],
    ["png", sampleFiles.png(), "image/png"],
    ["webp", sampleFiles.webp(), "image/webp"],
  ])("recognises %s by its bytes", (_name, bytes, type) => {
    expect(sniffImageType(bytes)).toBe(type);
  });

  it.each([
    ["html", sampleFiles.html()],
    ["pdf", sampleFiles.pdf()],
    ["svg", new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["gif", new TextEncoder().encode("GIF89a....")],
    ["empty", new Uint8Array(0)],
    ["truncated png", new Uint8Array([0x89, 0x50, 0x4e])],
    ["RIFF that is not WebP", new TextEncoder().encode("RIFF....WAVEfmt ")],
  ])("refuses %s", (_name, bytes) => {
    expect(sniffImageType(bytes)).toBeNull();
  });
});

describe("sniffFileType", () => {
  it("adds PDF to the image types", () => {
    expect(sniffFileType(sampleFiles.pdf())).toBe("application/pdf");
    expect(sniffFileType(sampleFiles.png())).toBe("image/png");
    expect(sniffFileType(sampleFiles.html())).toBeNull();
  });
});

describe("storage keys", () => {
  it("generates <kind>/<uuid>.<ext> keys that pass the safety check", () => {
    const key = newStorageKey("photos", "image/webp");
    expect(key).toMatch(/^photos\/[0-9a-f-]{36}\.webp$/);
    expect(isSafeStorageKey(key)).toBe(true);
  });

  it.each([
    "../etc/passwd",
    "photos/../../secret.jpg",
    "photos/abc.jpg",
    "/photos/00000000-0000-0000-0000-000000000000.jpg",
    "photos\\00000000-0000-0000-0000-000000000000.jpg",
    "photos/00000000-0000-0000-0000-000000000000.html",
    "other/00000000-0000-0000-0000-000000000000.jpg",
  ])("refuses %s", (key) => {
    expect(isSafeStorageKey(key)).toBe(false);
  });
});
