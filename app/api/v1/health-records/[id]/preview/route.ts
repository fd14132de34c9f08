import { apiRoute } from "@/lib/api/api-route";
import { recordFileResponse } from "@/lib/health-records/file-response";
import { healthRecordOperations } from "@/lib/health-records/openapi";
import { getHealthRecordFile } from "@/lib/health-records/queries";

export const GET = apiRoute(healthRecordOperations.preview, async ({ actor, params }) =>
  recordFileResponse(
    await getHealthRecordFile(actor, params.id, { door: "api", disposition: "inline" }),
    "inline",
  ),
);
