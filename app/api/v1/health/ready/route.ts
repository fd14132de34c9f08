import { apiRoute, ok } from "@/lib/api/api-route";
import { checkReadiness } from "@/lib/system/health";

export const GET = apiRoute({ auth: "none" }, async () => ok(await checkReadiness()));
