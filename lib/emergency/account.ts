import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emergencyRequests } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** My emergency requests: exported; kept on erase (as today's deletion). */
export const emergencyAccount = defineAccountPart({
  domain: "emergency",
  async exportForUser(userId) {
    const rows = await db
      .select({
        id: emergencyRequests.uuid,
        requestNumber: emergencyRequests.requestNumber,
        emergencyType: emergencyRequests.emergencyType,
        patientName: emergencyRequests.patientName,
        patientAge: emergencyRequests.patientAge,
        patientGender: emergencyRequests.patientGender,
        symptoms: emergencyRequests.symptoms,
        address: emergencyRequests.address,
        latitude: emergencyRequests.latitude,
        longitude: emergencyRequests.longitude,
        contactPhone: emergencyRequests.contactPhone,
        status: emergencyRequests.status,
        createdAt: emergencyRequests.createdAt,
      })
      .from(emergencyRequests)
      .where(eq(emergencyRequests.requesterId, userId))
      .orderBy(asc(emergencyRequests.createdAt));
    return { emergencyRequests: rows };
  },
  userColumns: {
    kept: [
      {
        column: emergencyRequests.requesterId,
        reason: "the dispatch record of an emergency the responders acted on",
      },
    ],
  },
});
