import { apiRoute, ok } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { getDoctorApplication } from "@/lib/admin/queries";

export const GET = apiRoute(adminOperations.getDoctor, async ({ actor, params }) =>
  ok(await getDoctorApplication(actor, params.id)),
);
