import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readJsonBody } from "./read-json";

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
