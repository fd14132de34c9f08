import { apiRoute } from "@/lib/api/api-route";
import { recordFileResponse } from "@/lib/health-records/file-response";
import { prescriptionOperations } from "@/lib/prescriptions/openapi";
import { getPrescriptionPdf } from "@/lib/prescriptions/queries";

export const GET = apiRoute(prescriptionOperations.pdf, async ({ actor, params }) =>
  recordFileResponse(await getPrescriptionPdf(actor, params.id), "attachment"),
);
