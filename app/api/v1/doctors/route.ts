import { apiRoute } from "@/lib/api/api-route";
import { doctorListQuerySchema } from "@/lib/doctors/schemas";
import { listDoctors } from "@/lib/doctors/queries";

export const GET = apiRoute(
  { auth: "optional", query: doctorListQuerySchema },
  async ({ query }) => ({
    body: await listDoctors(query),
  }),
);
