import { apiRoute, created } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { prescriptionOperations } from "@/lib/prescriptions/openapi";
import { issuePrescription } from "@/lib/prescriptions/service";

export const POST = apiRoute(
  prescriptionOperations.issue,
  async ({ actor, params, body, request }) => {
    const { origin } = requestContextOf(request);
    const prescription = await issuePrescription(actor, params.id, body, { origin });
    return created(prescription, `/api/v1/prescriptions/${prescription.id}`);
  },
);
