import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockIn, cssIconsBlock, globalsCss, names } from "./css-icons";

describe("CSS icons in app/globals.css", () => {
  it("are lucide's current shapes for every listed icon (run scripts/css-icons.ts if not)", async () => {
    const block = blockIn(readFileSync(globalsCss, "utf8"));
    expect(block).not.toBeNull();
    expect(block).toBe(await cssIconsBlock());
  });

  it("draws every icon the markup names", () => {
    const files = ["app", "components"].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".tsx"))
        .map((file) => path.join(dir, file)),
    );
    const used = new Set<string>();
    for (const file of files)
      for (const [, name] of readFileSync(file, "utf8").matchAll(/\bicon-([a-z][a-z-]*)/g))
        if (!["before", "after", "mask"].includes(name!)) used.add(name!);
    expect(used).toContain("star");
    for (const name of used) expect(names).toContain(name);
  });
});
