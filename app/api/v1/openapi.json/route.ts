import { apiRoute } from "@/lib/api/api-route";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";
import { openApiOperation } from "@/lib/api/openapi/operations";

let cached: unknown;

export const GET = apiRoute(openApiOperation, async () => ({
  body: (cached ??= buildOpenApiDocument()),
  headers: { "cache-control": "public, max-age=300" },
}));
