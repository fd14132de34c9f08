import { apiRoute, ok } from "@/lib/api/api-route";
import { updateDoctorProfile } from "@/lib/doctors/service";
import { doctorIdParamsSchema, updateDoctorProfileSchema } from "@/lib/doctors/schemas";
import { getDoctor } from "@/lib/doctors/queries";

export const GET = apiRoute(
  { auth: "optional", params: doctorIdParamsSchema },
  async ({ actor, params }) => ok(await getDoctor(actor, params.id)),
);

/** The owner edits their profile, weekly hours and time off; others get 404. */
export const PUT = apiRoute(
  { auth: "user", params: doctorIdParamsSchema, body: updateDoctorProfileSchema },
  async ({ actor, params, body }) => ok(await updateDoctorProfile(actor, params.id, body)),
);
