import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_JSON_DEPTH, readJsonBody } from "./read-json";

const post = (body: string, type = "application/json") =>
  new Request("http://x/api", { method: "POST", body, headers: { "content-type": type } });

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a failure");
}

describe("readJsonBody", () => {
  it("parses JSON", async () => {
    await expect(readJsonBody(post('{"a":1}'))).resolves.toEqual({ a: 1 });
  });

  it("rejects a wrong content type as malformed", async () => {
    expect(
      (await failure(readJsonBody(post("a=1", "application/x-www-form-urlencoded")))).code,
    ).toBe("malformed_request");
  });

  it("rejects broken JSON as malformed", async () => {
    expect((await failure(readJsonBody(post("{nope")))).status).toBe(400);
  });

  it("refuses bodies over the cap before parsing", async () => {
    const big = JSON.stringify({ s: "x".repeat(2000) });
    expect((await failure(readJsonBody(post(big), 1024))).status).toBe(413);
  });

  it("turns a NUL character into a validation error with its path", async () => {
    const e = await failure(readJsonBody(post('{"items":[{"note":"a\\u0000b"}]}')));
    expect(e.code).toBe("validation_failed");
    expect(e.errors).toEqual([
      { path: "items.0.note", message: "must not contain NUL characters" },
    ]);
  });
});

describe("readJsonBody and deep nesting", () => {
  const deep = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

  it("refuses a body nested 100,000 deep as malformed instead of overflowing the stack", async () => {
    const e = await failure(readJsonBody(post(deep(100_000))));
    expect(e.code).toBe("malformed_request");
    expect(e.detail).toContain(`at most ${MAX_JSON_DEPTH} levels`);
  });

  it("accepts exactly the limit and refuses one level more", async () => {
    await expect(readJsonBody(post(deep(MAX_JSON_DEPTH)))).resolves.toBeDefined();
    expect((await failure(readJsonBody(post(deep(MAX_JSON_DEPTH + 1))))).status).toBe(400);
  });

  it("reports the first NUL in document order, keys included", async () => {
    const e = await failure(readJsonBody(post('{"a":["ok","x\\u0000"],"b\\u0000":1}')));
    expect(e.errors).toEqual([{ path: "a.1", message: "must not contain NUL characters" }]);
    const k = await failure(readJsonBody(post('{"a":{"k\\u0000":"v"}}')));
    expect(k.errors?.[0]?.path).toBe("a.k\u0000");
  });
});
