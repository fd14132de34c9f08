import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { healthRecords } from "@/db/schema";
import { createDoctor, createUser } from "@/tests/factories";
import { createTimelineItem } from "@/tests/factories-timeline";
import { actorFor } from "@/tests/factories-users";
import { errorOf } from "@/tests/app-error";
import { encodeCursor } from "./cursor";
import { listTimeline, listTimelineYears } from "./queries";
import type { TimelineItemDto } from "./schemas";

const day = (iso: string) => new Date(iso);

async function patientWithDoctor() {
  const patient = await createUser({ fullName: "Asha Verma" });
  const { doctor } = await createDoctor({ name: "Dr. Mehta" });
  return { patient, actor: actorFor(patient), doctorId: doctor.id };
}

/** Every item of the timeline, page by page; fails on a page that repeats an item. */
async function walk(actor: ReturnType<typeof actorFor>, limit: number, query = {}) {
  const seen: TimelineItemDto[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 200; pages++) {
    const page = await listTimeline(actor, "me", { ...query, limit, cursor });
    expect(page.data.length).toBeLessThanOrEqual(limit);
    seen.push(...page.data);
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("the timeline never ended");
}

describe("listTimeline", () => {
  it("lists every kind of item, newest first, with links to the pages that exist", async () => {
    const { patient, actor, doctorId } = await patientWithDoctor();
    const p = patient.id;
    const appointment = await createTimelineItem(
      "appointment",
      p,
      doctorId,
      day("2026-03-10T04:30:00Z"),
    );
    const record = await createTimelineItem("record", p, doctorId, day("2026-03-09T08:00:00Z"));
    const labRecord = await createTimelineItem(
      "record_lab_report",
      p,
      doctorId,
      day("2026-03-08T12:00:00Z"),
    );
    const rxRecordId = (
      await db
        .insert(healthRecords)
        .values({ userId: p, recordType: "prescription", title: "Rx PDF", source: "prescription" })
        .returning({ id: healthRecords.id, uuid: healthRecords.uuid })
    )[0]!;
    const prescription = await createTimelineItem(
      "prescription",
      p,
      doctorId,
      day("2026-03-07T06:00:00Z"),
      {
        recordId: rxRecordId.id,
      },
    );
    const labBooking = await createTimelineItem(
      "lab_booking_report",
      p,
      doctorId,
      day("2026-03-06T03:30:00Z"),
    );
    const order = await createTimelineItem(
      "medicine_order",
      p,
      doctorId,
      day("2026-03-05T10:00:00Z"),
    );
    const check = await createTimelineItem(
      "symptom_check",
      p,
      doctorId,
      day("2026-03-04T10:00:00Z"),
    );
    // Not on the timeline: a draft prescription, a booking without its report, another's items.
    await createTimelineItem("prescription", p, doctorId, day("2026-03-11T06:00:00Z"), {
      status: "draft",
      issuedAt: null,
    });
    await createTimelineItem("lab_booking_report", p, doctorId, day("2026-03-11T03:30:00Z"), {
      status: "booked",
    });
    const other = await createUser();
    await createTimelineItem("appointment", other.id, doctorId, day("2026-03-12T04:30:00Z"));
    await createTimelineItem("symptom_check", other.id, doctorId, day("2026-03-12T04:30:00Z"));

    const { data, nextCursor } = await listTimeline(actor, "me");

    expect(nextCursor).toBeNull();
    expect(data.map((i) => [i.kind, i.id])).toEqual([
      ["appointment", appointment],
      ["record", record],
      ["lab_report", labRecord],
      ["prescription", prescription],
      ["lab_report", labBooking],
      ["medicine_order", order],
      ["symptom_check", check],
    ]);
    const [a, r, , rx, lab, o, s] = data;
    expect(a).toMatchObject({
      at: "2026-03-10T04:30:00.000Z",
      title: "Dr. Mehta",
      status: "completed",
      href: `/appointments/${appointment}`,
    });
    expect(r).toMatchObject({ href: `/records/${record}`, status: null });
    // The prescription links to its PDF copy in the records; the copy is not listed twice.
    expect(rx).toMatchObject({ subtitle: "Dr. Mehta", href: `/records/${rxRecordId.uuid}` });
    expect(lab).toMatchObject({ subtitle: "City Lab", status: "report_ready", href: null });
    expect(lab!.title).toMatch(/^Test \d+$/);
    expect(o!.title).toMatch(/^Medicine \d+$/);
    expect(s!.title).toMatch(/^symptom \d+$/);
  });

  it("places a dated record on its document date, and filters by kind and by year", async () => {
    const { patient, actor, doctorId } = await patientWithDoctor();
    const p = patient.id;
    const old = await createTimelineItem("record", p, doctorId, day("2026-01-05T10:00:00Z"), {
      documentDate: "2024-06-01",
    });
    const visit2025 = await createTimelineItem(
      "appointment",
      p,
      doctorId,
      day("2025-12-31T18:00:00Z"),
    );
    const visit2026 = await createTimelineItem(
      "appointment",
      p,
      doctorId,
      day("2025-12-31T19:00:00Z"),
    );
    const order2025 = await createTimelineItem(
      "medicine_order",
      p,
      doctorId,
      day("2025-05-01T10:00:00Z"),
    );
    const labReport = await createTimelineItem(
      "lab_booking_report",
      p,
      doctorId,
      day("2025-07-01T03:30:00Z"),
    );

    const all = await listTimeline(actor, "me");
    expect(all.data.at(-1)).toMatchObject({
      id: old,
      at: "2024-05-31T18:30:00.000Z",
      dateOnly: true,
    });
    expect(all.data.filter((i) => i.dateOnly)).toHaveLength(1);

    const kinds = await listTimeline(actor, "me", { types: ["appointment", "lab_report"] });
    expect(kinds.data.map((i) => i.id)).toEqual([visit2026, visit2025, labReport]);

    // 2025-12-31T19:00Z is 00:30 on 1 January 2026 in India.
    const year2025 = await listTimeline(actor, "me", { year: 2025 });
    expect(year2025.data.map((i) => i.id)).toEqual([visit2025, labReport, order2025]);

    const both = await listTimeline(actor, "me", { types: "appointment,record", year: 2024 });
    expect(both.data.map((i) => i.id)).toEqual([old]);

    // The year filter offers every year from the newest item to the oldest.
    expect(await listTimelineYears(actor, "me")).toEqual([2026, 2025, 2024]);
    expect(await listTimelineYears(actorFor(await createUser()), "me")).toEqual([]);
  });

  it("pages through every item exactly once, ties on the same instant included", async () => {
    const { patient, actor, doctorId } = await patientWithDoctor();
    const p = patient.id;
    const kinds = [
      "appointment",
      "record",
      "record_lab_report",
      "prescription",
      "lab_booking_report",
      "medicine_order",
      "symptom_check",
    ] as const;
    // Four instants, each shared by several items of every kind: only the keyset's tie-breakers
    // keep the pages apart.
    const instants = ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04"].map((d) =>
      day(`${d}T04:30:00Z`),
    );
    const ids: string[] = [];
    for (const at of instants)
      for (const kind of kinds)
        for (let i = 0; i < 2; i++) ids.push(await createTimelineItem(kind, p, doctorId, at));
    // Sub-millisecond instants: a cursor that dropped the microseconds would lose or repeat these.
    const fine = new Date("2026-02-05T10:00:00.123Z");
    for (let i = 0; i < 3; i++) {
      ids.push(await createTimelineItem("symptom_check", p, doctorId, fine));
    }
    await db.execute(
      sql`update symptom_checks set created_at = created_at + (id % 3) * interval '1 microsecond' where created_at = ${fine.toISOString()}::timestamptz`,
    );

    const everything = await listTimeline(actor, "me", { limit: 100 });
    expect(everything.data).toHaveLength(ids.length);
    for (const limit of [1, 3, 7]) {
      const walked = await walk(actor, limit);
      expect(walked.map((i) => i.id)).toEqual(everything.data.map((i) => i.id));
    }
    expect(new Set(everything.data.map((i) => i.id))).toEqual(new Set(ids));
    const ats = everything.data.map((i) => i.at);
    expect([...ats].sort().reverse()).toEqual(ats);

    const filtered = await walk(actor, 2, { types: ["lab_report"] });
    expect(filtered).toHaveLength(instants.length * 4);
  });

  it("is the owner's alone: another user's timeline is not_found, for an admin too", async () => {
    const { patient, actor, doctorId } = await patientWithDoctor();
    await createTimelineItem("appointment", patient.id, doctorId, day("2026-03-10T04:30:00Z"));
    const stranger = actorFor(await createUser());
    const admin = actorFor(await createUser({ role: "admin" }));

    for (const who of [stranger, admin]) {
      expect((await errorOf(listTimeline(who, patient.uuid))).code).toBe("not_found");
    }
    expect((await listTimeline(stranger, "me")).data).toEqual([]);
    expect((await listTimeline(actor, patient.uuid)).data).toHaveLength(1);
  });

  it("refuses a cursor it did not give out, and bad filters, as validation_failed", async () => {
    const { actor } = await patientWithDoctor();
    const forged = [
      "not a cursor",
      Buffer.from("yesterday|appointment|x").toString("base64url"),
      encodeCursor({
        at: "2026-03-10T04:30:00.000000Z",
        kind: "surgery" as never,
        id: "11111111-1111-4111-8111-111111111111",
      }),
      encodeCursor({
        at: "2026-13-10T04:30:00.000000Z",
        kind: "record",
        id: "11111111-1111-4111-8111-111111111111",
      }),
    ];
    for (const cursor of forged) {
      const error = await errorOf(listTimeline(actor, "me", { cursor }));
      expect(error.code).toBe("validation_failed");
      expect(error.errors?.[0]?.path).toBe("cursor");
    }
    for (const query of [{ types: ["surgery"] }, { year: 99 }, { limit: 0 }]) {
      expect((await errorOf(listTimeline(actor, "me", query))).code).toBe("validation_failed");
    }
  });
});
