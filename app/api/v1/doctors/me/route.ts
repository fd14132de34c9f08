import { apiRoute, ok } from "@/lib/api/api-route";
import { doctorOperations } from "@/lib/doctors/openapi";
import { getOwnDoctorProfile } from "@/lib/doctors/queries";

/** The caller's own doctor profile, pending ones included (GET /doctors/:id lists verified only). */
export const GET = apiRoute(doctorOperations.me, async ({ actor }) =>
  ok(await getOwnDoctorProfile(actor)),
);
