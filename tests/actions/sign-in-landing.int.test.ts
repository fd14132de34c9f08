import { beforeEach, describe, expect, it, vi } from "vitest";
import { signInAction } from "@/app/actions/auth";
import { createUser } from "@/tests/factories";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// Where the password form sends each role after Auth.js accepted the sign-in (stubbed here):
// the asked-for page, else the role's own place.
const door = vi.hoisted(() => ({ redirects: [] as string[] }));
vi.mock("@/auth", () => ({ signIn: async () => undefined, signOut: async () => {} }));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  requestLocale.current = "en";
  door.redirects = [];
});

const signInForm = (email: string, callbackUrl = "") => {
  const form = new FormData();
  form.set("email", email);
  form.set("password", "Swasth@2026");
  form.set("callbackUrl", callbackUrl);
  return form;
};

describe("sign-in landing", () => {
  it("sends a patient to their home, a doctor to the doctor dashboard, an admin to the overview", async () => {
    for (const [role, home] of [
      ["patient", "/dashboard"],
      ["doctor", "/doctor"],
      ["admin", "/admin"],
    ] as const) {
      const user = await createUser({ role, email: `landing-${role}-${Date.now()}@example.com` });
      await signInAction(null, signInForm(user.email.toUpperCase()));
      expect(door.redirects.pop()).toBe(home);
    }
  });

  it("keeps an asked-for same-site page, and ignores another site", async () => {
    const admin = await createUser({ role: "admin" });
    await signInAction(null, signInForm(admin.email, "/records?page=2"));
    await signInAction(null, signInForm(admin.email, "//evil.example/x"));
    await signInAction(null, signInForm(admin.email, "/signed-in"));
    expect(door.redirects).toEqual(["/records?page=2", "/admin", "/admin"]);
  });
});
