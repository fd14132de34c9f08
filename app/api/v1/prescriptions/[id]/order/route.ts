import { apiRoute, ok } from "@/lib/api/api-route";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { cartFromPrescription } from "@/lib/pharmacy/orders/service/from-prescription";

export const POST = apiRoute(medicineOrderOperations.fromPrescription, async ({ actor, params }) =>
  ok(await cartFromPrescription(actor, params.id)),
);
