import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateProfileAction } from "@/app/(site)/(patient)/profile/actions";
import { saveMedicalHistoryAction } from "@/app/(site)/(patient)/profile/medical-history/actions";
import type { Actor } from "@/lib/auth/actor";
import { getHealthProfile } from "@/lib/health-profile/queries";
import { updateHealthProfile } from "@/lib/health-profile/service";
import { getUser } from "@/lib/users/queries";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The profile forms' doors with Next's request scope stubbed: who is signed in, in which
// language, and where the action sends the browser. Everything below the action is real.
const door = vi.hoisted(() => ({
  actor: null as Actor | null,
  redirects: [] as string[],
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("@/auth", () => ({ signOut: async () => {} }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  door.actor = null;
  requestLocale.current = "en";
  door.redirects = [];
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("profile actions", () => {
  it("save what the form sent, trimmed, and leave fields it did not send alone", async () => {
    door.actor = actorFor(await createUser({ fullName: "Asha Rao" }));
    await updateHealthProfile(door.actor, "me", { city: "Pune" });
    const result = await updateProfileAction(null, form({ fullName: "  Asha R. Rao  " }));
    expect(result).toBeUndefined();
    expect(door.redirects).toEqual(["/profile?saved=1"]);
    const saved = await getUser(door.actor, "me");
    expect(saved.fullName).toBe("Asha R. Rao");
    expect((await getHealthProfile(door.actor, "me")).city).toBe("Pune");
  });

  it("answer a bad field beside the field, in the user's language", async () => {
    door.actor = actorFor(await createUser());
    requestLocale.current = "hi";
    const result = await updateProfileAction(null, form({ phone: "12345" }));
    expect(result).toEqual({
      ok: false,
      code: "validation_failed",
      message: hi.profile.errors.codes.validation_failed,
      fieldErrors: { phone: hi.profile.errors.fields.phone },
    });
    expect(door.redirects).toEqual([]);
  });

  it("refuse a signed-out post with the sign-in message", async () => {
    const result = await saveMedicalHistoryAction(null, form({ notes: "x" }));
    expect(result).toMatchObject({
      ok: false,
      code: "unauthenticated",
      message: en.profile.errors.codes.unauthenticated,
    });
  });
});
