import { problemResponse } from "@/lib/api/problem";
import { openDoctorDocument } from "@/lib/admin/documents";
import { getActor } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors";
import { recordFileResponse } from "@/lib/health-records/file-response";

/**
 * A verification document for the admin pages, inline. The session decides who reads; lib/admin
 * authorizes (403 for anyone but an admin) and records the opening in the admin audit. No
 * session: 404, as the records door answers.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; documentId: string }> },
) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("not_found", "No such document.");
    const { id, documentId } = await params;
    return recordFileResponse(await openDoctorDocument(actor, id, documentId), "inline");
  } catch (error) {
    if (isAppError(error)) return problemResponse(error);
    throw error;
  }
}
