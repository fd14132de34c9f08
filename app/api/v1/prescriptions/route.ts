import { apiRoute } from "@/lib/api/api-route";
import { prescriptionOperations } from "@/lib/prescriptions/openapi";
import { listPrescriptions } from "@/lib/prescriptions/queries";

export const GET = apiRoute(prescriptionOperations.list, async ({ actor, query }) => ({
  body: await listPrescriptions(actor, query),
}));
