import { apiRoute, created } from "@/lib/api/api-route";
import { doctorOperations } from "@/lib/doctors/openapi";
import { createDoctorProfile } from "@/lib/doctors/service";
import { listDoctors } from "@/lib/doctors/queries";

export const GET = apiRoute(doctorOperations.list, async ({ query }) => ({
  body: await listDoctors(query),
}));

/** Become a doctor: 201 with the pending profile (owner's view) and its Location. */
export const POST = apiRoute(doctorOperations.create, async ({ actor, body }) => {
  const doctor = await createDoctorProfile(actor, body);
  return created(doctor, `/api/v1/doctors/${doctor.id}`);
});
