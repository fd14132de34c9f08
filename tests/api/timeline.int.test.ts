import { describe, expect, it } from "vitest";
import { GET as timelineRoute } from "@/app/api/v1/users/[id]/timeline/route";
import { call } from "@/tests/api-client";
import { createDoctor } from "@/tests/factories";
import { createPatientWithToken } from "@/tests/factories-appointments";
import { createTimelineItem } from "@/tests/factories-timeline";

const timeline = (token: string, id: string, query = "") =>
  call(timelineRoute, { path: `/users/${id}/timeline${query}`, params: { id }, token });

describe("GET /api/v1/users/{id}/timeline", () => {
  it("pages my history with a cursor, filtered by comma-separated kinds", async () => {
    const me = await createPatientWithToken();
    const { doctor } = await createDoctor();
    for (let d = 1; d <= 3; d++) {
      const at = new Date(`2026-04-0${d}T04:30:00Z`);
      await createTimelineItem("appointment", me.user.id, doctor.id, at);
      await createTimelineItem("medicine_order", me.user.id, doctor.id, at);
      await createTimelineItem("symptom_check", me.user.id, doctor.id, at);
    }

    const first = await timeline(me.token, "me", "?types=appointment,medicine_order&limit=4");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toMatch(/private|no-store/);
    expect(first.body.data).toHaveLength(4);
    // Newest first; at the same instant the order is fixed (kinds, then ids), so pages never overlap.
    expect(first.body.data.slice(0, 2)).toEqual([
      expect.objectContaining({ kind: "medicine_order", at: "2026-04-03T04:30:00.000Z" }),
      expect.objectContaining({
        kind: "appointment",
        at: "2026-04-03T04:30:00.000Z",
        href: expect.stringMatching(/^\/appointments\/[0-9a-f-]{36}$/),
      }),
    ]);
    expect(typeof first.body.nextCursor).toBe("string");

    const second = await timeline(
      me.token,
      me.user.uuid,
      `?types=appointment,medicine_order&limit=4&cursor=${first.body.nextCursor}`,
    );
    expect(second.status).toBe(200);
    expect(second.body.data).toHaveLength(2);
    expect(second.body.nextCursor).toBeNull();
    const kinds = [...first.body.data, ...second.body.data].map((i: { kind: string }) => i.kind);
    expect(kinds.filter((k: string) => k === "appointment")).toHaveLength(3);
    expect(kinds).not.toContain("symptom_check");
  });

  it("answers 404 for another user's timeline, 422 for a forged cursor, 401 without a token", async () => {
    const me = await createPatientWithToken();
    const other = await createPatientWithToken();

    const theirs = await timeline(me.token, other.user.uuid);
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get("content-type")).toMatch(/problem\+json/);

    const forged = await timeline(me.token, "me", "?cursor=bm90LWEtY3Vyc29y");
    expect(forged.status).toBe(422);
    expect(forged.body.errors).toEqual([{ path: "cursor", message: expect.any(String) }]);

    expect((await timeline(me.token, "me", "?types=surgery")).status).toBe(422);
    expect(
      (await call(timelineRoute, { path: "/users/me/timeline", params: { id: "me" } })).status,
    ).toBe(401);
  });
});
