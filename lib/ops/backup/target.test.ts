import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeTarget, redactUrl, resolveTarget } from "./target";

describe("resolveTarget", () => {
  it("reads postgres URLs as PostgreSQL and everything else like db/client.ts does", () => {
    expect(resolveTarget("postgres://u:p@db:5432/app")).toEqual({
      engine: "postgres",
      url: "postgres://u:p@db:5432/app",
    });
    expect(resolveTarget("pglite://.data/x")).toEqual({
      engine: "pglite",
      dir: path.resolve(".data/x"),
    });
    expect(resolveTarget(undefined, "/srv/pglite")).toEqual({
      engine: "pglite",
      dir: "/srv/pglite",
    });
  });

  it("refuses an in-memory PGlite and unknown schemes without echoing a password", () => {
    expect(() => resolveTarget("pglite://memory")).toThrow(/in-memory/);
    expect(() => resolveTarget("mysql://root:hunter2@db/app")).toThrow(/unsupported/);
    expect(() => resolveTarget("mysql://root:hunter2@db/app")).not.toThrow(/hunter2/);
  });
});

describe("credentials never reach a message", () => {
  it("redacts user and password from a URL", () => {
    const url = "postgres://app:s3cr%40t@db.internal:5432/swasthai?sslmode=require";
    expect(redactUrl(url)).toBe("postgres://***@db.internal:5432/swasthai?sslmode=require");
  });

  it("describes a source by host and database only", () => {
    expect(describeTarget({ engine: "postgres", url: "postgres://app:pw@db:5432/swasthai" })).toBe(
      "postgres db:5432/swasthai",
    );
  });
});
