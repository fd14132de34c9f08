import { describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationPreferences, notifications } from "@/db/schema";
import { GET as listRoute } from "@/app/api/v1/notifications/route";
import { POST as readRoute } from "@/app/api/v1/notifications/[id]/read/route";
import { POST as readAllRoute } from "@/app/api/v1/notifications/read-all/route";
import {
  GET as getPrefsRoute,
  PUT as putPrefsRoute,
} from "@/app/api/v1/users/[id]/notification-preferences/route";
import { countUnreadNotificationsOf } from "@/lib/notifications/queries";
import { preferencesOf } from "@/lib/notifications/preferences";
import { exportUser } from "@/lib/users/export";
import { call } from "@/tests/api-client";
import { actorFor } from "@/tests/factories-users";
import { createPatientWithToken } from "@/tests/factories-appointments";

/** Writes `n` notifications for a user, one minute apart, the last one newest. */
async function inbox(userId: number, n: number, label = "Notice") {
  const start = Date.now() - n * 60_000;
  const rows = await db
    .insert(notifications)
    .values(
      Array.from({ length: n }, (_, i) => ({
        userId,
        title: `${label} ${i + 1}`,
        body: `Body ${i + 1}`,
        link: `/appointments/${i + 1}`,
        createdAt: new Date(start + i * 60_000),
      })),
    )
    .returning({ uuid: notifications.uuid });
  return rows.map((r) => r.uuid);
}

const list = (token: string, qs = "") => call(listRoute, { path: `/notifications${qs}`, token });
const read = (token: string, id: string) =>
  call(readRoute, { method: "POST", path: `/notifications/${id}/read`, params: { id }, token });
const readAll = (token: string) =>
  call(readAllRoute, { method: "POST", path: "/notifications/read-all", token });
const getPrefs = (token: string, id = "me") =>
  call(getPrefsRoute, { path: `/users/${id}/notification-preferences`, params: { id }, token });
const putPrefs = (token: string, body: unknown, id = "me") =>
  call(putPrefsRoute, {
    method: "PUT",
    path: `/users/${id}/notification-preferences`,
    params: { id },
    body,
    token,
  });

const defaults = {
  apptReminder: true,
  apptConfirmed: true,
  apptRescheduled: true,
  medDoseReminder: true,
  medRefill: true,
  medInteraction: true,
  tipsDaily: false,
  goalReminders: true,
  weeklyTrends: false,
  labReportReady: true,
  recordAdded: false,
  coachMessages: true,
  forumActivity: true,
  channelPush: true,
  channelSms: false,
  channelEmail: true,
};

describe(`/notifications (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("lists mine newest first with page meta, and filters the unread", async () => {
    const { user, token } = await createPatientWithToken();
    const ids = await inbox(user.id, 5);
    await db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(eq(notifications.uuid, ids[4]!));
    const page1 = await list(token, "?page=1&pageSize=2");
    expect(page1.status).toBe(200);
    expect(page1.body.meta).toEqual({ page: 1, pageSize: 2, total: 5 });
    expect(page1.body.data.map((n: { title: string }) => n.title)).toEqual([
      "Notice 5",
      "Notice 4",
    ]);
    expect(page1.body.data[0]).toMatchObject({
      id: ids[4],
      type: "general",
      link: "/appointments/5",
    });
    expect(page1.body.data[0].readAt).not.toBeNull();
    const page3 = await list(token, "?page=3&pageSize=2");
    expect(page3.body.data.map((n: { title: string }) => n.title)).toEqual(["Notice 1"]);
    const unread = await list(token, "?unread=true");
    expect(unread.body.meta.total).toBe(4);
    expect(unread.body.data.every((n: { readAt: string | null }) => n.readAt === null)).toBe(true);
    expect(await countUnreadNotificationsOf(user.id)).toBe(4);
  });

  it("refuses a malformed filter with a 422 at its path", async () => {
    const { token } = await createPatientWithToken();
    const res = await list(token, "?unread=yes");
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["unread"]);
  });

  it("B can neither see nor mark A's notification (404); A's stays unread, A still can", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    const [aId] = await inbox(a.user.id, 1, "For A");
    await inbox(b.user.id, 1, "For B");
    expect((await list(b.token)).body.data.map((n: { title: string }) => n.title)).toEqual([
      "For B 1",
    ]);
    const theirs = await read(b.token, aId!);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toMatchObject({ status: 404, title: expect.any(String) });
    expect(await countUnreadNotificationsOf(a.user.id)).toBe(1);
    expect((await read(b.token, "not-a-uuid")).status).toBe(404);

    const mine = await read(a.token, aId!);
    expect(mine.status).toBe(200);
    expect(mine.body.data).toEqual({ link: "/appointments/1", readAt: expect.any(String) });
    expect(await countUnreadNotificationsOf(a.user.id)).toBe(0);
    // Reading it again keeps the first reading's time.
    const again = await read(a.token, aId!);
    expect(again.body.data.readAt).toBe(mine.body.data.readAt);
  });

  it("read-all marks only mine and says how many; a second call marks none", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    await inbox(a.user.id, 3);
    await inbox(b.user.id, 2);
    const res = await readAll(a.token);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ marked: 3 });
    expect(await countUnreadNotificationsOf(a.user.id)).toBe(0);
    expect(await countUnreadNotificationsOf(b.user.id)).toBe(2);
    expect((await readAll(a.token)).body.data).toEqual({ marked: 0 });
    const bRows = await db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, b.user.id), isNull(notifications.readAt)));
    expect(bRows).toHaveLength(2);
  });

  it("racing read-alls mark each notification once between them", async () => {
    const { user, token } = await createPatientWithToken();
    await inbox(user.id, 20);
    const results = await Promise.all(Array.from({ length: 5 }, () => readAll(token)));
    const marked = results.map((r) => r.body.data.marked as number);
    expect(marked.reduce((s, n) => s + n, 0)).toBe(20);
    expect(await countUnreadNotificationsOf(user.id)).toBe(0);
  });

  it("asks for a sign-in", async () => {
    expect((await call(listRoute, { path: "/notifications" })).status).toBe(401);
    expect(
      (await call(readAllRoute, { method: "POST", path: "/notifications/read-all" })).status,
    ).toBe(401);
  });
});

describe(`/users/me/notification-preferences (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("answers the schema's defaults while nothing is saved, without writing a row", async () => {
    const { user, token } = await createPatientWithToken();
    const res = await getPrefs(token);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual(defaults);
    expect(await preferencesOf(user.id)).toEqual(defaults);
    const rows = await db
      .select()
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id));
    expect(rows).toEqual([]);
  });

  it("a partial PUT changes only what it names; a second one keeps the first", async () => {
    const { user, token } = await createPatientWithToken();
    const first = await putPrefs(token, { channelSms: true, forumActivity: false });
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({ ...defaults, channelSms: true, forumActivity: false });
    const second = await putPrefs(token, { tipsDaily: true });
    expect(second.body.data).toEqual({
      ...defaults,
      channelSms: true,
      forumActivity: false,
      tipsDaily: true,
    });
    expect((await getPrefs(token, user.uuid)).body.data).toEqual(second.body.data);
    expect(await preferencesOf(user.id)).toEqual(second.body.data);
    // "Download my data" holds every switch, the forum's included.
    const exported = (await exportUser(actorFor(user))) as {
      notificationPreferences: Record<string, unknown>;
    };
    expect(exported.notificationPreferences).toEqual({
      ...second.body.data,
      updatedAt: expect.anything(),
    });
  });

  it.each([
    [{ channelFax: true }, ""],
    [{ channelSms: "yes" }, "channelSms"],
    [{ tipsDaily: null }, "tipsDaily"],
  ])("refuses %o with a 422 at %j and changes nothing", async (body, path) => {
    const { user, token } = await createPatientWithToken();
    const res = await putPrefs(token, body);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
    // The unknown key is named in the message, the known one by its path.
    expect(JSON.stringify(res.body.errors)).toContain(Object.keys(body)[0]);
    expect(await preferencesOf(user.id)).toEqual(defaults);
  });

  it("B cannot read or change A's preferences (404); A's stay as A left them", async () => {
    const a = await createPatientWithToken();
    const b = await createPatientWithToken();
    await putPrefs(a.token, { channelEmail: false });
    expect((await getPrefs(b.token, a.user.uuid)).status).toBe(404);
    const change = await putPrefs(b.token, { channelEmail: true }, a.user.uuid);
    expect(change.status).toBe(404);
    expect((await getPrefs(a.token)).body.data.channelEmail).toBe(false);
    expect((await getPrefs(b.token)).body.data.channelEmail).toBe(true);
  });

  it("racing first saves leave one row holding both changes", async () => {
    const { user, token } = await createPatientWithToken();
    const results = await Promise.all([
      putPrefs(token, { channelSms: true }),
      putPrefs(token, { weeklyTrends: true }),
      putPrefs(token, { recordAdded: true }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    const rows = await db
      .select({ id: notificationPreferences.id })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(await preferencesOf(user.id)).toEqual({
      ...defaults,
      channelSms: true,
      weeklyTrends: true,
      recordAdded: true,
    });
  });
});
