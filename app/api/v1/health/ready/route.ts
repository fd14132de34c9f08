import { apiRoute, ok } from "@/lib/api/api-route";
import { checkReadiness } from "@/lib/system/health";
import { systemOperations } from "@/lib/system/openapi";

export const GET = apiRoute(systemOperations.ready, async () => ok(await checkReadiness()));
