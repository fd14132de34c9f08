import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { GET as auditRoute } from "@/app/api/v1/admin/audit/route";
import { POST as restoreRoute } from "@/app/api/v1/admin/users/[id]/restore/route";
import { POST as suspendRoute } from "@/app/api/v1/admin/users/[id]/suspend/route";
import { GET as usersRoute } from "@/app/api/v1/admin/users/route";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { GET as meRoute } from "@/app/api/v1/auth/me/route";
import { POST as refreshRoute } from "@/app/api/v1/auth/refresh/route";
import { db } from "@/db/client";
import { adminActions, users } from "@/db/schema";
import { loadSessionActor } from "@/lib/auth/actor-store";
import { startBrowserSession } from "@/lib/auth/browser-sessions";
import { resolveOAuthUser } from "@/lib/auth/oauth";
import { deleteUser } from "@/lib/users/service";
import { call } from "@/tests/api-client";
import { createAdminWithToken } from "@/tests/factories-admin";
import { actorFor, createUserWithPassword } from "@/tests/factories-users";

const password = "Correct-horse-9";
let n = 0;

/** A user signed in both ways: an API token pair (POST /auth/login) and a browser session. */
async function signedInEverywhere() {
  const email = `suspendee${++n}-${Date.now()}@example.test`;
  const { user } = await createUserWithPassword(password, { email, fullName: "Ravi Kumar" });
  const login = await call(loginRoute, { body: { email, password } });
  expect(login.status).toBe(200);
  const session = (await startBrowserSession(user.uuid))!;
  return {
    user,
    email,
    accessToken: login.body.data.accessToken as string,
    refreshToken: login.body.data.refreshToken as string,
    session,
  };
}

const suspend = (token: string, id: string, reason = "Posting spam in the forum") =>
  call(suspendRoute, { token, params: { id }, body: { reason } });

describe("suspending a user", () => {
  it("ends their access token, refresh token and browser session at once; restore lets them sign in again", async () => {
    const admin = await createAdminWithToken();
    const ravi = await signedInEverywhere();
    const { uid, sv, sid } = ravi.session;
    expect((await call(meRoute, { token: ravi.accessToken })).status).toBe(200);
    expect(await loadSessionActor(uid, sv, sid)).not.toBeNull();

    const res = await suspend(admin.token, ravi.user.uuid);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ suspensionReason: "Posting spam in the forum" });
    expect(res.body.data.suspendedAt).not.toBeNull();

    expect((await call(meRoute, { token: ravi.accessToken })).status).toBe(401);
    expect((await call(refreshRoute, { body: { refreshToken: ravi.refreshToken } })).status).toBe(
      401,
    );
    expect(await loadSessionActor(uid, sv, sid)).toBeNull();
    expect(await startBrowserSession(ravi.user.uuid)).toBeNull();

    // The right password is told the account is suspended (403); a wrong one learns nothing new.
    const right = await call(loginRoute, { body: { email: ravi.email, password } });
    expect(right.status).toBe(403);
    expect(right.body.detail).toMatch(/suspended/);
    const wrong = await call(loginRoute, { body: { email: ravi.email, password: "Wrong-pass-1" } });
    expect(wrong.status).toBe(401);

    const restored = await call(restoreRoute, {
      token: admin.token,
      params: { id: ravi.user.uuid },
      method: "POST",
    });
    expect(restored.status).toBe(200);
    expect(restored.body.data.suspendedAt).toBeNull();
    // Old sessions stay ended; a new sign-in works.
    expect((await call(meRoute, { token: ravi.accessToken })).status).toBe(401);
    const again = await call(loginRoute, { body: { email: ravi.email, password } });
    expect(again.status).toBe(200);
    expect((await call(meRoute, { token: again.body.data.accessToken })).status).toBe(200);

    const audit = await call(auditRoute, {
      token: admin.token,
      path: `/admin/audit?targetId=${ravi.user.uuid}`,
    });
    expect(audit.body.data.map((a: { action: string }) => a.action)).toEqual([
      "user_restored",
      "user_suspended",
    ]);
    expect(audit.body.data[1]).toMatchObject({
      reason: "Posting spam in the forum",
      targetLabel: "Ravi Kumar",
      targetType: "user",
    });
  });

  it("refuses OAuth sign-in of a suspended account", async () => {
    const admin = await createAdminWithToken();
    const ravi = await signedInEverywhere();
    await suspend(admin.token, ravi.user.uuid);
    const outcome = await resolveOAuthUser({
      provider: "google",
      providerAccountId: `g-${ravi.user.uuid}`,
      type: "oidc",
      email: ravi.email,
      emailVerified: true,
      name: "Ravi",
      locale: "en",
    });
    expect(outcome).toEqual({ ok: false, reason: "account_suspended" });
  });

  it("needs a reason (422), refuses the admin's own account (422) and another admin's (403)", async () => {
    const admin = await createAdminWithToken();
    const other = await createAdminWithToken();
    const ravi = await signedInEverywhere();
    const noReason = await call(suspendRoute, {
      token: admin.token,
      params: { id: ravi.user.uuid },
      body: {},
    });
    expect(noReason.status).toBe(422);
    expect(noReason.body.errors[0].path).toBe("reason");
    expect((await suspend(admin.token, admin.user.uuid)).status).toBe(422);
    expect((await suspend(admin.token, other.user.uuid)).status).toBe(403);
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await suspend(admin.token, missing)).status).toBe(404);
    const [row] = await db.select().from(users).where(eq(users.id, ravi.user.id));
    expect(row!.suspendedAt).toBeNull();
  });

  it("suspending twice keeps the first reason and records one action", async () => {
    const admin = await createAdminWithToken();
    const ravi = await signedInEverywhere();
    await suspend(admin.token, ravi.user.uuid, "First reason");
    const second = await suspend(admin.token, ravi.user.uuid, "Second reason");
    expect(second.status).toBe(200);
    expect(second.body.data.suspensionReason).toBe("First reason");
    const rows = await db
      .select()
      .from(adminActions)
      .where(eq(adminActions.targetUuid, ravi.user.uuid));
    expect(rows).toHaveLength(1);
  });

  it("finds accounts by email or name", async () => {
    const admin = await createAdminWithToken();
    const ravi = await signedInEverywhere();
    const byEmail = await call(usersRoute, {
      token: admin.token,
      path: `/admin/users?q=${encodeURIComponent(ravi.email.toUpperCase())}`,
    });
    expect(byEmail.body.data.map((u: { id: string }) => u.id)).toEqual([ravi.user.uuid]);
    const byName = await call(usersRoute, { token: admin.token, path: "/admin/users?q=ravi%20k" });
    expect(byName.body.data.map((u: { id: string }) => u.id)).toContain(ravi.user.uuid);
    const wildcard = await call(usersRoute, { token: admin.token, path: "/admin/users?q=%25" });
    expect(wildcard.body.meta.total).toBe(0);
  });
});

describe("the audit outlives the people in it", () => {
  it("blanks an erased person's name as a target, keeps the entry", async () => {
    const admin = await createAdminWithToken();
    const ravi = await signedInEverywhere();
    await suspend(admin.token, ravi.user.uuid);
    await call(restoreRoute, {
      token: admin.token,
      params: { id: ravi.user.uuid },
      method: "POST",
    });
    await deleteUser(actorFor(ravi.user), "me", { password });
    const rows = await db
      .select()
      .from(adminActions)
      .where(eq(adminActions.targetUuid, ravi.user.uuid));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.targetLabel === null)).toBe(true);
    expect(rows[0]!.reason === null || typeof rows[0]!.reason === "string").toBe(true);
  });

  it("refuses rewriting or deleting an entry, even from the app's own connection", async () => {
    const admin = await createAdminWithToken();
    const ravi = await signedInEverywhere();
    await suspend(admin.token, ravi.user.uuid);
    const entryOf = () =>
      db.select().from(adminActions).where(eq(adminActions.targetUuid, ravi.user.uuid));
    const [entry] = await entryOf();

    // The trigger of migration 0010 answers; drizzle wraps the database's error in `cause`.
    const refusal = (query: PromiseLike<unknown>) =>
      Promise.resolve(query).then(
        () => "accepted",
        (error: { cause?: unknown }) => String(error.cause ?? error),
      );
    const rewrite = db
      .update(adminActions)
      .set({ reason: "Nothing happened" })
      .where(eq(adminActions.id, entry!.id));
    expect(await refusal(rewrite)).toMatch(/admin_actions is append-only/);
    const erase = db.delete(adminActions).where(eq(adminActions.id, entry!.id));
    expect(await refusal(erase)).toMatch(/admin_actions is append-only/);
    expect(await entryOf()).toEqual([entry]);
  });
});
