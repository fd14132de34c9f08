import { apiRoute, ok } from "@/lib/api/api-route";
import { pharmacyOperations } from "@/lib/pharmacy/openapi";
import { getMedicine } from "@/lib/pharmacy/queries";

export const GET = apiRoute(pharmacyOperations.getMedicine, async ({ params }) =>
  ok(await getMedicine(params.id)),
);
