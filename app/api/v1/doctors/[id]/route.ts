import { apiRoute, ok } from "@/lib/api/api-route";
import { doctorIdParamsSchema } from "@/lib/doctors/schemas";
import { getDoctor } from "@/lib/doctors/queries";

export const GET = apiRoute(
  { auth: "optional", params: doctorIdParamsSchema },
  async ({ actor, params }) => ok(await getDoctor(actor, params.id)),
);
