import { describe, expect, it } from "vitest";
import type { Operation } from "@/lib/api/operation";
import { buildOpenApiDocument } from "./document";
import { operations } from "./operations";
import { discoverRouteHandlers } from "@/tests/route-handlers";

// Every route module, imported as Next would: its exported handlers and what they were built from.
const handlers = await discoverRouteHandlers();

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { parameters: { name: string }[] } & Record<string, any>>>;
};

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument() as Doc;

  it("is OpenAPI 3.1", () => {
    expect(doc.openapi).toBe("3.1.0");
  });

  it("finds the route handlers it checks", () => {
    expect(handlers.length).toBeGreaterThanOrEqual(30);
    expect(handlers.map((h) => h.route)).toContain("POST /auth/login");
  });

  it("has every route handler built by apiRoute from a declaration of its own method and path", () => {
    for (const h of handlers) {
      expect(h.operation, `${h.route} must be apiRoute(<declaration>, ...)`).toBeDefined();
      expect(`${h.operation!.method.toUpperCase()} ${h.operation!.path}`, h.route).toBe(h.route);
    }
  });

  it("documents every route handler, or leaves it out with a reason", () => {
    for (const { route, operation } of handlers) {
      const op = operation as Operation;
      expect(operations, `${route}: its declaration is not in the operations list`).toContain(op);
      if (op.undocumented) {
        expect(op.undocumented.length, route).toBeGreaterThan(20);
        expect(doc.paths[op.path]?.[op.method], route).toBeUndefined();
      } else {
        expect(doc.paths[op.path]?.[op.method], `${route} is missing from the document`).toEqual(
          expect.objectContaining({ summary: op.summary }),
        );
      }
    }
  });

  it("documents nothing that has no route handler", () => {
    const served = new Set(handlers.map((h) => h.route));
    const documented = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${p}`),
    );
    for (const route of documented) expect(served, route).toContain(route);
    expect(new Set(operations).size, "an operation is listed twice").toBe(operations.length);
  });

  it("describes bodies that are optional, uploaded or not JSON", () => {
    expect(doc.paths["/users/{id}"]!.delete!.requestBody.required).toBe(false);
    expect(doc.paths["/users/{id}"]!.put!.requestBody.required).toBe(true);
    expect(
      doc.paths["/users/{id}/photo"]!.post!.requestBody.content["multipart/form-data"].schema
        .required,
    ).toEqual(["file"]);
    expect(
      Object.keys(doc.paths["/appointments/{id}/calendar.ics"]!.get!.responses["200"].content),
    ).toEqual(["text/calendar"]);
    expect(doc.paths["/dev/mailbox"]).toBeUndefined();
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
