import { apiRoute } from "@/lib/api/api-route";
import { recordShareOperations } from "@/lib/record-shares/openapi";
import { listAccessLog } from "@/lib/record-shares/queries";

/** `/users/me/access-log`: who read my health data; another user's log is 404. */
export const GET = apiRoute(recordShareOperations.accessLog, async ({ actor, params, query }) => ({
  body: await listAccessLog(actor, query, params.id),
}));
