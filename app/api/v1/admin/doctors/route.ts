import { apiRoute } from "@/lib/api/api-route";
import { adminOperations } from "@/lib/admin/openapi";
import { listDoctorApplications } from "@/lib/admin/queries";

export const GET = apiRoute(adminOperations.listDoctors, async ({ actor, query }) => ({
  body: await listDoctorApplications(actor, query),
}));
