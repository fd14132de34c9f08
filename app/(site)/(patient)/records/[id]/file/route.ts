import { problemResponse } from "@/lib/api/problem";
import { getActor } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { recordFileResponse } from "@/lib/health-records/file-response";
import { getHealthRecordFile } from "@/lib/health-records/queries";

/**
 * A record's file for the pages (door "page"): inline for the preview, `?download=1` as an
 * attachment. The session decides who reads; the domain authorizes and writes the access log.
 * No session, a bad id, someone else's record: 404, the same answer for all three.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const disposition =
    new URL(request.url).searchParams.get("download") === "1" ? "attachment" : "inline";
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("not_found", "No such record.");
    const { id } = await params;
    const file = await getHealthRecordFile(actor, id, { door: "page", disposition });
    return recordFileResponse(file, disposition);
  } catch (error) {
    if (isAppError(error)) return problemResponse(error);
    throw error;
  }
}
