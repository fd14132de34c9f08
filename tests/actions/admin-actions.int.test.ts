import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  rejectDoctorAction,
  restoreUserAction,
  suspendUserAction,
  verifyDoctorAction,
} from "@/app/(site)/(admin)/admin/actions";
import { GET as documentDoor } from "@/app/(site)/(admin)/admin/doctors/[id]/documents/[documentId]/route";
import { db } from "@/db/client";
import { doctors, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/tests/factories";
import { createAdminWithToken, createPendingApplication } from "@/tests/factories-admin";
import { actorFor, useTemporaryStorage } from "@/tests/factories-users";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The admin pages' doors with Next's request scope stubbed: the session's actor, where the
// action sends the browser. Everything below (lib/admin, the database) is real.
const door = vi.hoisted(() => ({ actor: null as Actor | null, redirects: [] as string[] }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

let storage: Awaited<ReturnType<typeof useTemporaryStorage>>;
beforeEach(async () => {
  door.actor = null;
  door.redirects = [];
  requestLocale.current = "en";
  storage = await useTemporaryStorage();
});
afterEach(async () => {
  await storage.cleanup();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const statusOf = async (doctorId: number) =>
  (await db.select().from(doctors).where(eq(doctors.id, doctorId)))[0]!.verificationStatus;

describe("admin page actions", () => {
  it("refuse a patient and a doctor, and change nothing", async () => {
    const app = await createPendingApplication();
    const patient = await createUser();
    for (const actor of [actorFor(patient), actorFor(app.user, app.doctor.id)]) {
      door.actor = actor;
      const verify = await verifyDoctorAction(null, form({ id: app.doctor.uuid }));
      expect(verify).toMatchObject({ ok: false, code: "forbidden" });
      const suspend = await suspendUserAction(
        null,
        form({ id: patient.uuid, reason: "Spam in the forum" }),
      );
      expect(suspend).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await statusOf(app.doctor.id)).toBe("pending");
    expect(door.redirects).toEqual([]);
  });

  it("show a missing reason beside the field, in Hindi too, then reject and go back to the list", async () => {
    const admin = await createAdminWithToken();
    const app = await createPendingApplication();
    door.actor = actorFor(admin.user);
    requestLocale.current = "hi";
    const blank = await rejectDoctorAction(null, form({ id: app.doctor.uuid, reason: "  " }));
    expect(blank.ok).toBe(false);
    expect(blank.fieldErrors?.reason).toBe("3 से 500 अक्षरों में कारण लिखें।");
    expect(await statusOf(app.doctor.id)).toBe("pending");

    await rejectDoctorAction(null, form({ id: app.doctor.uuid, reason: "Licence unreadable" }));
    expect(door.redirects).toEqual(["/admin/doctors?done=rejected"]);
    expect(await statusOf(app.doctor.id)).toBe("rejected");
    const again = await verifyDoctorAction(null, form({ id: app.doctor.uuid }));
    expect(again).toMatchObject({ ok: false, code: "conflict" });
  });

  it("suspend and restore, keeping the list's search", async () => {
    const admin = await createAdminWithToken();
    const user = await createUser();
    door.actor = actorFor(admin.user);
    await suspendUserAction(null, form({ id: user.uuid, reason: "Abusive messages", q: "asha" }));
    await restoreUserAction(null, form({ id: user.uuid, q: "asha" }));
    expect(door.redirects).toEqual([
      "/admin/users?q=asha&done=suspended",
      "/admin/users?q=asha&done=restored",
    ]);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.suspendedAt).toBeNull();
    const self = await suspendUserAction(null, form({ id: admin.user.uuid, reason: "Testing" }));
    expect(self.fieldErrors?.id).toBe("You cannot suspend your own account.");
  });
});

describe("the page door of a verification document", () => {
  const open = (id: string, documentId: string) =>
    documentDoor(new Request("http://127.0.0.1:3000/x"), {
      params: Promise.resolve({ id, documentId }),
    });

  it("serves an admin inline, refuses others, and is 404 without a session", async () => {
    const app = await createPendingApplication();
    const admin = await createAdminWithToken();
    const [pdf] = app.documents;
    expect((await open(app.doctor.uuid, pdf!.uuid)).status).toBe(404);
    door.actor = actorFor(app.user, app.doctor.id);
    expect((await open(app.doctor.uuid, pdf!.uuid)).status).toBe(403);
    door.actor = actorFor(admin.user);
    const res = await open(app.doctor.uuid, pdf!.uuid);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^inline; filename="registration_certificate\.pdf"/,
    );
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
  });
});
