import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  linkAbhaAction,
  requestAbhaOtpAction,
  verifyAbhaOtpAction,
} from "@/app/(site)/(patient)/profile/abha/actions";
import type { AbdmAdapter } from "@/lib/abha/abdm";
import { AbdmHttpAdapter } from "@/lib/abha/abdm/http";
import { unavailableAbdm } from "@/lib/abha/abdm/unavailable";
import { getAbha } from "@/lib/abha/queries";
import type { Actor } from "@/lib/auth/actor";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { FakeAbdm } from "@/tests/fake-abdm-server";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The ABHA page's doors with Next's request scope stubbed; the ABDM adapter is the embedded
// "unavailable" one or the real HTTP adapter pointed at a local fake ABDM.
const door = vi.hoisted(() => ({
  actor: null as Actor | null,
  abdm: null as AbdmAdapter | null,
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));
vi.mock("@/lib/abha/abdm", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/abha/abdm")>()),
  abdmAdapter: () => door.abdm,
}));

let fake: FakeAbdm;
const owner = { abhaNumber: "91234567890123", abhaAddress: "asha.verma@sbx", otp: "271828" };
beforeAll(async () => {
  fake = await new FakeAbdm().start();
  fake.accounts.push(owner);
});
afterAll(() => fake.stop());
beforeEach(() => {
  door.actor = null;
  requestLocale.current = "en";
  door.abdm = unavailableAbdm;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("ABHA page actions", () => {
  it("link a number someone else linked: saved unverified, no hint of the other account", async () => {
    const other = actorFor(await createUser());
    door.actor = other;
    expect(await linkAbhaAction(null, form({ abhaNumber: owner.abhaNumber }))).toEqual({
      ok: true,
    });
    door.actor = actorFor(await createUser());
    expect(await linkAbhaAction(null, form({ abhaNumber: owner.abhaNumber }))).toEqual({
      ok: true,
    });
    expect(await getAbha(other, "me")).toMatchObject({ linked: true, verified: false });
  });

  it("without ABDM, asking for a code says in Hindi that verification is unavailable", async () => {
    door.actor = actorFor(await createUser());
    requestLocale.current = "hi";
    const result = await requestAbhaOtpAction(null, form({ abhaId: owner.abhaNumber }));
    expect(result).toMatchObject({
      ok: false,
      code: "unavailable",
      message: hi.profile.errors.abdm.unavailable,
    });
  });

  it("with ABDM: code sent, a wrong code refused beside the field, the right one verifies", async () => {
    door.abdm = new AbdmHttpAdapter({
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      baseUrl: `${fake.url}/abha/api`,
      gatewayUrl: fake.url,
      cmId: "sbx",
    });
    door.actor = actorFor(await createUser());
    requestLocale.current = "hi";
    expect(await requestAbhaOtpAction(null, form({ abhaId: "91-2345-6789-0123" }))).toEqual({
      ok: true,
    });
    expect(await verifyAbhaOtpAction(null, form({ otp: "12" }))).toMatchObject({
      fieldErrors: { otp: hi.profile.errors.fields.otp },
    });
    expect(await verifyAbhaOtpAction(null, form({ otp: "000000" }))).toMatchObject({
      fieldErrors: { otp: hi.profile.errors.abdm.otpWrong },
    });
    expect(await verifyAbhaOtpAction(null, form({ otp: owner.otp }))).toEqual({ ok: true });
    expect(await getAbha(door.actor, "me")).toMatchObject({
      verified: true,
      abhaNumber: "91-2345-6789-0123",
      abhaAddress: owner.abhaAddress,
    });
    expect(fake.violations).toEqual([]);
  });
});
