import { apiRoute, ok } from "@/lib/api/api-route";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { reorderMedicineOrder } from "@/lib/pharmacy/orders/service/reorder";

export const POST = apiRoute(medicineOrderOperations.reorder, async ({ actor, params }) =>
  ok(await reorderMedicineOrder(actor, params.id)),
);
