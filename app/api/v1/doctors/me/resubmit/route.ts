import { apiRoute, ok } from "@/lib/api/api-route";
import { resubmitDoctorApplication } from "@/lib/doctors/application";
import { doctorOperations } from "@/lib/doctors/openapi";

export const POST = apiRoute(doctorOperations.resubmit, async ({ actor }) =>
  ok(await resubmitDoctorApplication(actor)),
);
