import { beforeEach, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/actions/auth";
import { createUser } from "@/tests/factories";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The sign-up form's door with Next's request scope stubbed (language, headers, Auth.js's
// sign-in); createAccount and the database below it are real.
const door = vi.hoisted(() => ({ signIns: [] as string[] }));
vi.mock("@/auth", () => ({
  signIn: async (_provider: string, options: { email: string }) => {
    door.signIns.push(options.email);
  },
  signOut: async () => {},
}));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/navigation", () => ({ redirect: () => {} }));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  requestLocale.current = "en";
  door.signIns = [];
});

function signUpForm(fields: Partial<Record<string, string>>): FormData {
  const form = new FormData();
  const all = {
    fullName: "Meera Nair",
    email: `meera-${crypto.randomUUID()}@example.com`,
    password: "Sahi@Password9",
    confirmPassword: "Sahi@Password9",
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) if (value !== undefined) form.set(name, value);
  return form;
}

describe("sign-up action", () => {
  it("creates the account and signs the new user in", async () => {
    const form = signUpForm({ email: "  New.Person@Example.com " });
    expect(await signUpAction(null, form)).toEqual({ ok: true });
    expect(door.signIns).toEqual(["new.person@example.com"]);
  });

  it("puts a differing confirmation beside its field, in Hindi, and hands back no password", async () => {
    requestLocale.current = "hi";
    const result = await signUpAction(null, signUpForm({ confirmPassword: "Kuch@Aur9" }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual({ confirmPassword: hi.Auth.errors.passwordMismatch });
    expect(result.values).not.toHaveProperty("password");
    expect(result.values).not.toHaveProperty("confirmPassword");
    expect(door.signIns).toEqual([]);
  });

  it("says a blank field is required rather than invalid", async () => {
    const result = await signUpAction(null, signUpForm({ fullName: "   " }));
    expect(result.fieldErrors).toEqual({ fullName: en.Auth.errors.required.fullName });
  });

  it("shows a taken email beside the email field", async () => {
    const taken = await createUser();
    const result = await signUpAction(null, signUpForm({ email: taken.email }));
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { email: en.Auth.errors.emailTaken },
      values: { email: taken.email },
    });
    expect(door.signIns).toEqual([]);
  });
});
