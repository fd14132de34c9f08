import { apiRoute, ok } from "@/lib/api/api-route";
import { requestContextOf } from "@/lib/auth/request-context";
import { recordFileResponse } from "@/lib/health-records/file-response";
import { maxRecordRequestBytes } from "@/lib/health-records/schemas";
import { labOperations } from "@/lib/lab/openapi";
import { getLabReportFile } from "@/lib/lab/queries";
import { countLabReportUpload, uploadLabReport } from "@/lib/lab/service";
import { readMultipartUpload } from "@/lib/storage/multipart";

export const GET = apiRoute(labOperations.report, async ({ actor, params }) =>
  recordFileResponse(await getLabReportFile(actor, params.id, { door: "api" }), "attachment"),
);

/** Counted against the hourly allowance first, then the body is read under its 10 MB cap. */
export const POST = apiRoute(labOperations.uploadReport, async ({ actor, params, request }) => {
  await countLabReportUpload(actor);
  const { file } = await readMultipartUpload(request, "file", maxRecordRequestBytes);
  return ok(
    await uploadLabReport(actor, params.id, file, {
      alreadyCounted: true,
      origin: requestContextOf(request).origin,
    }),
  );
});
