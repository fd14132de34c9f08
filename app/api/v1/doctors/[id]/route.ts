import { apiRoute, ok } from "@/lib/api/api-route";
import { doctorOperations } from "@/lib/doctors/openapi";
import { updateDoctorProfile } from "@/lib/doctors/service";
import { getDoctor } from "@/lib/doctors/queries";

export const GET = apiRoute(doctorOperations.get, async ({ actor, params }) =>
  ok(await getDoctor(actor, params.id)),
);

/** The owner edits their profile, weekly hours and time off; others get 404. */
export const PUT = apiRoute(doctorOperations.update, async ({ actor, params, body }) =>
  ok(await updateDoctorProfile(actor, params.id, body)),
);
