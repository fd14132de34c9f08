import { apiRoute, created } from "@/lib/api/api-route";
import { catalogueOperations } from "@/lib/catalogue/openapi";
import { listAdminMedicines } from "@/lib/catalogue/queries";
import { createMedicine } from "@/lib/catalogue/service/medicines";

export const GET = apiRoute(catalogueOperations.listMedicines, async ({ actor, query }) => ({
  body: await listAdminMedicines(actor, query),
}));

export const POST = apiRoute(catalogueOperations.createMedicine, async ({ actor, body }) => {
  const medicine = await createMedicine(actor, body);
  return created(medicine, `/api/v1/admin/medicines/${medicine.id}`);
});
