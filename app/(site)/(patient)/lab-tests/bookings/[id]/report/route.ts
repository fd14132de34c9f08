import { problemResponse } from "@/lib/api/problem";
import { getActor } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { recordFileResponse } from "@/lib/health-records/file-response";
import { getLabReportFile } from "@/lib/lab/queries";

/**
 * The report of one of my bookings for the pages (door "page"), as an attachment. No session, a
 * bad id, someone else's booking, a report not ready yet: 404, the same answer for all.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("not_found", "No such lab report.");
    const { id } = await params;
    return recordFileResponse(await getLabReportFile(actor, id, { door: "page" }), "attachment");
  } catch (error) {
    if (isAppError(error)) return problemResponse(error);
    throw error;
  }
}
