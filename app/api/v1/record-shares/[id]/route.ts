import { apiRoute, ok } from "@/lib/api/api-route";
import { recordShareOperations } from "@/lib/record-shares/openapi";
import { getRecordShare } from "@/lib/record-shares/queries";
import { revokeRecordShare } from "@/lib/record-shares/service";

export const GET = apiRoute(recordShareOperations.get, async ({ actor, params }) =>
  ok(await getRecordShare(actor, params.id)),
);

/** Revokes at once; revoking again answers the same revoked share. */
export const DELETE = apiRoute(recordShareOperations.revoke, async ({ actor, params }) =>
  ok(await revokeRecordShare(actor, params.id)),
);
