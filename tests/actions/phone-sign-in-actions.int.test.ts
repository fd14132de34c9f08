import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { smsOutbox } from "@/db/schema";
import { phoneSignInAction, requestPhoneCodeAction } from "@/app/actions/phone-sign-in";
import { flushDeferred } from "@/lib/tasks/defer";
import { createUser } from "@/tests/factories";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The phone sign-in forms' doors with Next's request scope stubbed; lib/auth/otp and the database
// below them are real. Auth.js's signIn is replaced by what its "phone-otp" provider answers.
const door = vi.hoisted(() => ({ failWith: null as string | null, signIns: [] as unknown[] }));
vi.mock("@/auth", async () => {
  const { AuthError } = await import("next-auth");
  return {
    signIn: async (provider: string, options: unknown) => {
      if (door.failWith !== null) {
        const error = new AuthError() as InstanceType<typeof AuthError> & { code?: string };
        error.type = "CredentialsSignin";
        if (door.failWith) error.code = door.failWith;
        throw error;
      }
      door.signIns.push({ provider, options });
    },
    signOut: async () => {},
  };
});
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {
    type = "";
  },
  CredentialsSignin: class CredentialsSignin extends Error {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
class Redirect extends Error {}
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  requestLocale.current = "en";
  door.failWith = null;
  door.signIns = [];
});

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

async function redirectOf(action: Promise<unknown>): Promise<string> {
  const error = await action.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Redirect);
  return (error as Redirect).message;
}

describe("send code", () => {
  it("goes to the code step for any well-formed number, keeping the destination", async () => {
    const phone = "+919812300001";
    await createUser({ phone, phoneVerifiedAt: new Date() });
    const form = formOf({ phone: "98123 00001", callbackUrl: "/appointments" });
    expect(await redirectOf(requestPhoneCodeAction(null, form))).toBe(
      "/login/phone/code?phone=%2B919812300001&callbackUrl=%2Fappointments",
    );
    await flushDeferred();
    expect(await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, phone))).toHaveLength(1);
    // Asked again at once: the code step again (it shows the wait), no second SMS.
    await redirectOf(requestPhoneCodeAction(null, form));
    await flushDeferred();
    expect(await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, phone))).toHaveLength(1);
    expect(await redirectOf(requestPhoneCodeAction(null, formOf({ phone: "9812300002" })))).toBe(
      "/login/phone/code?phone=%2B919812300002",
    );
  });

  it("puts a bad number beside its field, in Hindi", async () => {
    requestLocale.current = "hi";
    const result = await requestPhoneCodeAction(null, formOf({ phone: "12345" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { phone: hi.Auth.errors.invalid.phone },
      values: { phone: "12345" },
    });
    const blank = await requestPhoneCodeAction(null, formOf({ phone: "" }));
    expect(blank.fieldErrors).toEqual({ phone: hi.Auth.errors.required.phone });
  });
});

describe("sign in with the code", () => {
  const codeForm = { phone: "+919812300003", code: "123456" };

  it("signs in through the phone-otp provider and lands on the destination", async () => {
    const to = await redirectOf(
      phoneSignInAction(null, formOf({ ...codeForm, callbackUrl: "/records" })),
    );
    expect(to).toBe("/records");
    expect(door.signIns).toEqual([
      { provider: "phone-otp", options: { ...codeForm, redirect: false } },
    ]);
  });

  it("puts a wrong code beside the code field, and the no-account answer above the form", async () => {
    door.failWith = "";
    expect(await phoneSignInAction(null, formOf(codeForm))).toMatchObject({
      ok: false,
      fieldErrors: { code: en.Auth.errors.codeWrong },
    });
    door.failWith = "no_account";
    const none = await phoneSignInAction(null, formOf(codeForm));
    expect(none).toMatchObject({ ok: false, message: en.Auth.errors.noAccountForPhone });
    expect(none.fieldErrors).toBeUndefined();
  });

  it("refuses a malformed code before asking Auth.js", async () => {
    const result = await phoneSignInAction(null, formOf({ ...codeForm, code: "12a" }));
    expect(result.fieldErrors).toEqual({ code: en.Auth.errors.invalid.code });
    expect(door.signIns).toEqual([]);
  });
});
