import { apiRoute, created } from "@/lib/api/api-route";
import { healthRecordOperations } from "@/lib/health-records/openapi";
import { listHealthRecords } from "@/lib/health-records/queries";
import { createHealthRecordSchema, maxRecordRequestBytes } from "@/lib/health-records/schemas";
import { countRecordUpload, createHealthRecord } from "@/lib/health-records/service";
import { readMultipartUpload } from "@/lib/storage/multipart";
import { parseInput } from "@/lib/validation/parse-input";

export const GET = apiRoute(healthRecordOperations.list, async ({ actor, query }) => ({
  body: await listHealthRecords(actor, query, { door: "api" }),
}));

/** Counted against the hourly allowance first, then the body is read under its 10 MB cap. */
export const POST = apiRoute(healthRecordOperations.create, async ({ actor, request }) => {
  await countRecordUpload(actor);
  const { file, fields } = await readMultipartUpload(request, "file", maxRecordRequestBytes);
  const input = parseInput(createHealthRecordSchema, fields);
  const record = await createHealthRecord(actor, input, file, {
    door: "api",
    alreadyCounted: true,
  });
  return created(record, `/api/v1/health-records/${record.id}`);
});
