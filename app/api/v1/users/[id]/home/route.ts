import { apiRoute, ok } from "@/lib/api/api-route";
import { homeOperations } from "@/lib/home/openapi";
import { getPatientHome } from "@/lib/home/queries";

export const GET = apiRoute(homeOperations.get, async ({ actor }) =>
  ok(await getPatientHome(actor)),
);
