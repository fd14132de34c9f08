import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { apiRoute, created, ok, operationOf } from "./api-route";
import { defineOperation } from "./operation";

const declaration = { path: "/things/{id}", summary: "A test route", tag: "Test", errors: [] };
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });

const thing = defineOperation({
  ...declaration,
  method: "get",
  auth: "none",
  query: z.object({ n: z.coerce.number().int().min(1) }),
  params: z.object({ id: z.uuid() }),
});
const route = apiRoute(thing, async ({ query, params }) => {
  if (query.n === 13) throw new AppError("conflict", "Unlucky number.");
  if (query.n === 99) throw new Error("secret SQL text: select * from users");
  return ok({ id: params.id, n: query.n });
});
const id = "9b2f2c3e-2d9b-4a52-9a49-0f5c1f1e0c11";

describe("apiRoute", () => {
  it("answers { data } with a request id", async () => {
    const res = await route(new Request(`http://x/api?n=2`), ctx({ id }));
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toMatch(/^[\w-]{8,}$/);
    expect(await res.json()).toEqual({ data: { id, n: 2 } });
  });

  it("turns a bad query into 422 problem+json naming the field", async () => {
    const res = await route(new Request(`http://x/api?n=zero`), ctx({ id }));
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const body = await res.json();
    expect(body).toMatchObject({
      status: 422,
      code: "validation_failed",
      title: "Validation failed",
    });
    expect(body.errors[0].path).toBe("n");
  });

  it("treats a malformed id as not found", async () => {
    const res = await route(new Request(`http://x/api?n=2`), ctx({ id: "123" }));
    expect(res.status).toBe(404);
  });

  it("renders domain errors with their status", async () => {
    const res = await route(new Request(`http://x/api?n=13`), ctx({ id }));
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toBe("Unlucky number.");
  });

  it("hides unexpected errors behind a generic 500", async () => {
    const res = await route(new Request(`http://x/api?n=99`), ctx({ id }));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("select");
    expect(text).not.toContain("at ");
    expect(JSON.parse(text).requestId).toBe(res.headers.get("x-request-id"));
  });

  it("asks for a bearer token where a user is required", async () => {
    const secured = apiRoute({ ...declaration, method: "get", auth: "user" }, async () => ok({}));
    const res = await secured(new Request("http://x/api"), ctx());
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toContain("Bearer");
  });

  it("sends 201 with a Location for created resources", async () => {
    const create = apiRoute({ ...declaration, method: "post", auth: "none" }, async () =>
      created({ id }, `/api/v1/things/${id}`),
    );
    const res = await create(new Request("http://x/api", { method: "POST" }), ctx());
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/v1/things/${id}`);
  });

  it("keeps the declaration it serves, for the OpenAPI document and its drift test", () => {
    expect(operationOf(route)).toBe(thing);
    expect(operationOf(async () => new Response())).toBeUndefined();
  });

  it("reads an optional body as {} when none is sent, and still refuses one that is not JSON", async () => {
    const optional = apiRoute(
      {
        ...declaration,
        method: "delete",
        auth: "none",
        body: z.object({ reason: z.string().optional() }),
        bodyOptional: true,
      },
      async ({ body }) => ok(body),
    );
    const none = await optional(new Request("http://x/api", { method: "DELETE" }), ctx());
    expect(await none.json()).toEqual({ data: {} });
    const given = await optional(
      new Request("http://x/api", {
        method: "DELETE",
        headers: { "content-type": "application/json" },
        body: '{"reason":"ill"}',
      }),
      ctx(),
    );
    expect(await given.json()).toEqual({ data: { reason: "ill" } });
    const text = await optional(
      new Request("http://x/api", {
        method: "DELETE",
        headers: { "content-type": "text/plain" },
        body: "ill",
      }),
      ctx(),
    );
    expect(text.status).toBe(400);
  });
});
