import { apiRoute, created } from "@/lib/api/api-route";
import { catalogueOperations } from "@/lib/catalogue/openapi";
import { listAdminLabTests } from "@/lib/catalogue/queries";
import { createLabTest } from "@/lib/catalogue/service/lab-tests";

export const GET = apiRoute(catalogueOperations.listLabTests, async ({ actor, query }) => ({
  body: await listAdminLabTests(actor, query),
}));

export const POST = apiRoute(catalogueOperations.createLabTest, async ({ actor, body }) => {
  const test = await createLabTest(actor, body);
  return created(test, `/api/v1/admin/lab-tests/${test.id}`);
});
