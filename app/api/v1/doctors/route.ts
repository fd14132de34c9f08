import { apiRoute, created } from "@/lib/api/api-route";
import { createDoctorProfile } from "@/lib/doctors/service";
import { createDoctorProfileSchema, doctorListQuerySchema } from "@/lib/doctors/schemas";
import { listDoctors } from "@/lib/doctors/queries";

export const GET = apiRoute(
  { auth: "optional", query: doctorListQuerySchema },
  async ({ query }) => ({
    body: await listDoctors(query),
  }),
);

/** Become a doctor: 201 with the pending profile (owner's view) and its Location. */
export const POST = apiRoute(
  { auth: "user", body: createDoctorProfileSchema },
  async ({ actor, body }) => {
    const doctor = await createDoctorProfile(actor, body);
    return created(doctor, `/api/v1/doctors/${doctor.id}`);
  },
);
