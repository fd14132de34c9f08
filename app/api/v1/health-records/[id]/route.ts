import { apiRoute, ok } from "@/lib/api/api-route";
import { healthRecordOperations } from "@/lib/health-records/openapi";
import { getHealthRecord } from "@/lib/health-records/queries";
import { deleteHealthRecord, updateHealthRecord } from "@/lib/health-records/service";

export const GET = apiRoute(healthRecordOperations.get, async ({ actor, params }) =>
  ok(await getHealthRecord(actor, params.id, { door: "api" })),
);

export const PATCH = apiRoute(healthRecordOperations.update, async ({ actor, params, body }) =>
  ok(await updateHealthRecord(actor, params.id, body, { door: "api" })),
);

export const DELETE = apiRoute(healthRecordOperations.delete, async ({ actor, params }) => {
  await deleteHealthRecord(actor, params.id);
  return { status: 204 };
});
