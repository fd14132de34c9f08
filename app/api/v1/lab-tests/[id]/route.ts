import { apiRoute, ok } from "@/lib/api/api-route";
import { getLabTest } from "@/lib/lab/catalogue";
import { labOperations } from "@/lib/lab/openapi";

export const GET = apiRoute(labOperations.getTest, async ({ params }) =>
  ok(await getLabTest(params.id)),
);
