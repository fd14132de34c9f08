import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";

type Operation = {
  parameters: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema: any }> }>;
};

describe("the timeline in the OpenAPI document", () => {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Operation>> };
  const op = doc.paths["/users/{id}/timeline"]?.get;

  it("lists its filters and cursor as query parameters", () => {
    expect(op).toBeDefined();
    expect(op!.parameters.filter((p) => p.in === "query").map((p) => p.name)).toEqual(
      expect.arrayContaining(["types", "year", "cursor", "limit"]),
    );
  });

  it("answers a page of items with the next cursor, not a numbered page", () => {
    const schema = op!.responses["200"]!.content!["application/json"]!.schema;
    expect(schema.required).toEqual(["data", "nextCursor"]);
    expect(schema.properties.data.items.properties.kind.enum).toContain("symptom_check");
    expect(schema.properties.meta).toBeUndefined();
    expect(Object.keys(op!.responses)).toEqual(expect.arrayContaining(["401", "404", "422"]));
  });
});
