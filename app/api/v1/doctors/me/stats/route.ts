import { apiRoute, ok } from "@/lib/api/api-route";
import { doctorOperations } from "@/lib/doctors/openapi";
import { getDoctorStats } from "@/lib/doctors/stats";

export const GET = apiRoute(doctorOperations.stats, async ({ actor }) =>
  ok(await getDoctorStats(actor)),
);
