import { apiRoute } from "@/lib/api/api-route";
import { searchLabTests } from "@/lib/lab/catalogue";
import { labOperations } from "@/lib/lab/openapi";

export const GET = apiRoute(labOperations.searchTests, async ({ query }) => ({
  body: await searchLabTests(query),
}));
