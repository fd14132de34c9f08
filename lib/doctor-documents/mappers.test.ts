import { describe, expect, it } from "vitest";
import { displayFileName } from "./mappers";

describe("displayFileName", () => {
  it("keeps the base name only, without control characters, at most 200 characters", () => {
    expect(displayFileName("C:\\scans\\licence.pdf")).toBe("licence.pdf");
    expect(displayFileName("../../etc/passwd")).toBe("passwd");
    expect(displayFileName("deg\u0000ree\n.png")).toBe("degree.png");
    expect(displayFileName(`${"a".repeat(300)}.pdf`)).toHaveLength(200);
  });

  it("is null when nothing is left", () => {
    expect(displayFileName("")).toBeNull();
    expect(displayFileName("dir/")).toBeNull();
  });
});
