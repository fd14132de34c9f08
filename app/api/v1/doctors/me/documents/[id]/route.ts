import { apiRoute } from "@/lib/api/api-route";
import { doctorDocumentOperations } from "@/lib/doctor-documents/openapi";
import { deleteMyDoctorDocument } from "@/lib/doctor-documents/service";

export const DELETE = apiRoute(doctorDocumentOperations.delete, async ({ actor, params }) => {
  await deleteMyDoctorDocument(actor, params.id);
  return { status: 204 };
});
