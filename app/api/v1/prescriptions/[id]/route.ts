import { apiRoute, ok } from "@/lib/api/api-route";
import { prescriptionOperations } from "@/lib/prescriptions/openapi";
import { getPrescription } from "@/lib/prescriptions/queries";

export const GET = apiRoute(prescriptionOperations.get, async ({ actor, params }) =>
  ok(await getPrescription(actor, params.id)),
);
