import { apiRoute } from "@/lib/api/api-route";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { listMedicineOrders } from "@/lib/pharmacy/orders/queries";

export const GET = apiRoute(medicineOrderOperations.list, async ({ actor, query }) => ({
  body: await listMedicineOrders(actor, query),
}));
