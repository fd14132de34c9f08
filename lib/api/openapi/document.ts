import { z } from "zod";
import { errorCodes } from "@/lib/errors";
import { pageMetaSchema } from "@/lib/api/pagination";
import type { Operation } from "../operation";
import { operations } from "./operations";

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const json = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as JsonSchema;
  delete json.$schema; // the document declares the dialect once
  return json;
};

const problemSchema: JsonSchema = {
  type: "object",
  required: ["type", "title", "status", "code"],
  properties: {
    type: { type: "string", format: "uri" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    code: { type: "string", enum: Object.keys(errorCodes) },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: ["path", "message"],
        properties: { path: { type: "string" }, message: { type: "string" } },
      },
    },
    requestId: { type: "string" },
  },
};

function parameters(op: Operation): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input");
    const props = (json.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, s] of Object.entries(props)) {
      out.push({
        name,
        in: where,
        required: where === "path" || (required.has(name) && !("default" in s)),
        schema: s,
        ...(s.description ? { description: s.description } : {}),
      });
    }
  }
  return out;
}

const secured = (op: Operation) => op.auth !== "none" && op.auth !== "optional";

function responses(op: Operation): JsonSchema {
  const r = op.response ?? { status: 200 };
  const data = r.schema ? toSchema(r.schema, "output") : undefined;
  const body = data
    ? r.cursorList
      ? {
          type: "object",
          required: ["data", "nextCursor"],
          properties: {
            data: { type: "array", items: data },
            nextCursor: {
              type: ["string", "null"],
              description: "Pass as `cursor` for the next page; null on the last page",
            },
          },
        }
      : r.list
        ? {
            type: "object",
            required: ["data", "meta"],
            properties: {
              data: { type: "array", items: data },
              meta: toSchema(pageMetaSchema, "output"),
            },
          }
        : { type: "object", required: ["data"], properties: { data } }
    : undefined;
  const content = body
    ? { content: { "application/json": { schema: body } } }
    : r.contentType
      ? { content: { [r.contentType]: {} } }
      : {};
  const out: JsonSchema = {
    [r.status]: { description: r.description ?? "Success", ...content },
  };
  const statuses = new Set<number>([...op.errors, 500]);
  if (op.body) statuses.add(400).add(413).add(422);
  if (secured(op)) statuses.add(401);
  if (secured(op) && op.auth !== "user") statuses.add(403);
  for (const status of [...statuses].sort()) {
    const entry = Object.values(errorCodes).find((e) => e.status === status);
    out[status] = {
      description: entry?.title ?? "Error",
      content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
  }
  return out;
}

function requestBody(op: Operation): JsonSchema {
  if (op.body) {
    return {
      requestBody: {
        required: !op.bodyOptional,
        content: { "application/json": { schema: toSchema(op.body, "input") } },
      },
    };
  }
  if (op.upload) {
    const { field, description } = op.upload;
    const schema = {
      type: "object",
      required: [field],
      properties: { [field]: { type: "string", format: "binary", description } },
    };
    return { requestBody: { required: true, content: { "multipart/form-data": { schema } } } };
  }
  return {};
}

/** The OpenAPI 3.1 document, built from the same zod schemas the routes validate with. */
export function buildOpenApiDocument(serverUrl = "/api/v1"): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const documented = operations.filter((op) => !op.undocumented);
  for (const op of documented) {
    const item = (paths[op.path] ??= {});
    item[op.method] = {
      operationId: `${op.method}${op.path
        .replace(/[{}]/g, "")
        .split("/")
        .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
        .join("")
        .replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      ...(secured(op) ? { security: [{ bearer: [] }, { session: [] }] } : { security: [] }),
      parameters: parameters(op),
      ...requestBody(op),
      responses: responses(op),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "SwasthAI API",
      version: "1.0.0",
      description:
        "Public REST API of SwasthAI. JSON in and out; errors are RFC 9457 problem+json; lists are paginated with page and pageSize (max 100).",
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set(documented.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
    },
  };
}
