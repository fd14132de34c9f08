import { apiRoute, created } from "@/lib/api/api-route";
import { recordShareOperations } from "@/lib/record-shares/openapi";
import { listRecordShares } from "@/lib/record-shares/queries";
import { createRecordShare } from "@/lib/record-shares/service";

export const GET = apiRoute(recordShareOperations.list, async ({ actor, query }) => ({
  body: await listRecordShares(actor, query),
}));

export const POST = apiRoute(recordShareOperations.create, async ({ actor, body }) => {
  const share = await createRecordShare(actor, body);
  return created(share, `/api/v1/record-shares/${share.id}`);
});
