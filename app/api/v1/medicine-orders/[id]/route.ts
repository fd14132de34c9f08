import { apiRoute, ok } from "@/lib/api/api-route";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { getMedicineOrder } from "@/lib/pharmacy/orders/queries";
import { cancelMedicineOrder } from "@/lib/pharmacy/orders/service/cancel";
import { updateMedicineOrder } from "@/lib/pharmacy/orders/service/update";

export const GET = apiRoute(medicineOrderOperations.get, async ({ actor, params }) =>
  ok(await getMedicineOrder(actor, params.id)),
);

export const PUT = apiRoute(medicineOrderOperations.update, async ({ actor, params, body }) =>
  ok(await updateMedicineOrder(actor, params.id, body)),
);

export const DELETE = apiRoute(medicineOrderOperations.cancel, async ({ actor, params, body }) =>
  ok(await cancelMedicineOrder(actor, params.id, body)),
);
