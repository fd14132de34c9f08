import { apiRoute, ok } from "@/lib/api/api-route";
import { pharmacyOperations } from "@/lib/pharmacy/openapi";
import { listMedicineCategories } from "@/lib/pharmacy/queries";

export const GET = apiRoute(pharmacyOperations.listCategories, async () =>
  ok(await listMedicineCategories()),
);
