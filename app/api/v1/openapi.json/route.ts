import { apiRoute } from "@/lib/api/api-route";
import { buildOpenApiDocument } from "@/lib/api/openapi/document";

let cached: unknown;

export const GET = apiRoute({ auth: "none" }, async () => ({
  body: (cached ??= buildOpenApiDocument()),
  headers: { "cache-control": "public, max-age=300" },
}));
