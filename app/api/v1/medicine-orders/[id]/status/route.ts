import { apiRoute, ok } from "@/lib/api/api-route";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { setMedicineOrderStatus } from "@/lib/pharmacy/orders/service/status";

export const PUT = apiRoute(medicineOrderOperations.setStatus, async ({ actor, params, body }) =>
  ok(await setMedicineOrderStatus(actor, params.id, body)),
);
