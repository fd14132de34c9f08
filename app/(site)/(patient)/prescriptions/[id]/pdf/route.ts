import { problemResponse } from "@/lib/api/problem";
import { getActor } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { recordFileResponse } from "@/lib/health-records/file-response";
import { getPrescriptionPdf } from "@/lib/prescriptions/queries";

/**
 * A prescription's PDF for the pages, as an attachment: its patient and its doctor only. No
 * session, a bad id, someone else's prescription: 404, the same answer for all three.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("not_found", "No such prescription.");
    const { id } = await params;
    return recordFileResponse(await getPrescriptionPdf(actor, id), "attachment");
  } catch (error) {
    if (isAppError(error)) return problemResponse(error);
    throw error;
  }
}
