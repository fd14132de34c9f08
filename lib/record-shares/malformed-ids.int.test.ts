import { describe, expect, it } from "vitest";
import { getHealthRecord, getHealthRecordFile } from "@/lib/health-records/queries";
import { deleteHealthRecord, updateHealthRecord } from "@/lib/health-records/service";
import { errorOf } from "@/tests/app-error";
import { createDoctor, createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { getRecordShare, getSharedRecordsForAppointment } from "./queries";
import { revokeRecordShare } from "./service";

// Every door (page, action, file route, API) hands the id through as typed: the domain itself
// answers a malformed one as not_found, never with the database's "invalid input syntax" 500.
describe("a malformed id reaching the records and shares domain", () => {
  const ids = ["not-a-uuid", "1", "' or 1=1 --", ""];

  it("is not_found for every read and write of a record or a share", async () => {
    const patient = actorFor(await createUser());
    const { doctor, user } = await createDoctor();
    const doctorActor = actorFor(user, doctor.id);
    for (const id of ids) {
      const calls = [
        getHealthRecord(patient, id, { door: "api" }),
        getHealthRecordFile(patient, id, { door: "page", disposition: "inline" }),
        updateHealthRecord(patient, id, { title: "x" }),
        deleteHealthRecord(patient, id),
        getRecordShare(patient, id),
        revokeRecordShare(patient, id),
        getSharedRecordsForAppointment(doctorActor, id, { door: "page" }),
      ];
      for (const call of calls) expect((await errorOf(call)).code, `id ${id}`).toBe("not_found");
    }
  });
});
