import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./document";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

const apiDir = path.join(process.cwd(), "app/api/v1");
const undocumented = new Set(["/openapi.json"]);

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
  };

  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("documents every /api/v1 route handler", () => {
    const routes = routeFiles(apiDir)
      .map((f) => "/" + path.relative(apiDir, path.dirname(f)).split(path.sep).join("/"))
      .map((p) => p.replace(/\[(\w+)\]/g, "{$1}"))
      .filter((p) => !undocumented.has(p) && !p.startsWith("/dev/"));
    for (const route of routes) expect(Object.keys(doc.paths)).toContain(route);
  });

  it("lists the doctor search filters from the zod schema", () => {
    const names = doc.paths["/doctors"]!.get!.parameters.map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "q",
        "specialty",
        "city",
        "online",
        "minRating",
        "maxFee",
        "language",
        "sort",
        "page",
        "pageSize",
      ]),
    );
  });
});
