import { describe, expect, it } from "vitest";
import { fileSizeText } from "./record-look";

const t = { kb: "{size} KB", mb: "{size} MB" };

describe("fileSizeText", () => {
  it("shows small files in KB (never 0) and large ones in MB with one decimal", () => {
    expect(fileSizeText(10, "en-IN", t)).toBe("1 KB");
    expect(fileSizeText(840 * 1024, "en-IN", t)).toBe("840 KB");
    expect(fileSizeText(2.44 * 1024 * 1024, "en-IN", t)).toBe("2.4 MB");
    expect(fileSizeText(10 * 1024 * 1024, "en-IN", t)).toBe("10 MB");
  });
});
