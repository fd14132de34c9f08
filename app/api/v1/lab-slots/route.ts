import { apiRoute, ok } from "@/lib/api/api-route";
import { getLabSlots } from "@/lib/lab/catalogue";
import { labOperations } from "@/lib/lab/openapi";

export const GET = apiRoute(labOperations.slots, async ({ query }) => ok(await getLabSlots(query)));
