import { apiRoute } from "@/lib/api/api-route";
import { pharmacyOperations } from "@/lib/pharmacy/openapi";
import { searchMedicines } from "@/lib/pharmacy/queries";

export const GET = apiRoute(pharmacyOperations.searchMedicines, async ({ query }) => ({
  body: await searchMedicines(query),
}));
