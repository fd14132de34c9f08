import { apiRoute, ok } from "@/lib/api/api-route";
import { systemOperations } from "@/lib/system/openapi";

export const GET = apiRoute(systemOperations.health, async () => ok({ status: "ok" }));
