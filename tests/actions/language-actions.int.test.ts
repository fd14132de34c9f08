import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signUpAction } from "@/app/actions/auth";
import { setLocaleAction } from "@/app/actions/locale";
import { confirmRequestAction } from "@/app/(site)/(doctor)/doctor/appointments/actions";
import { POST as registerRoute } from "@/app/api/v1/auth/register/route";
import { db } from "@/db/client";
import { notificationDeliveries, notificationPreferences, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { authConfig } from "@/lib/auth/config";
import { resolveOAuthUser } from "@/lib/auth/oauth";
import { issueOtp } from "@/lib/auth/otp/store";
import { listNotifications } from "@/lib/notifications/queries";
import { getUser } from "@/lib/users/queries";
import { call } from "@/tests/api-client";
import { createDoctor, createUser } from "@/tests/factories";
import { clinicDate, createAppointment } from "@/tests/factories-appointments";
import { actorFor, createUserWithPassword } from "@/tests/factories-users";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// Language belongs to the account (issue #16, item 4). Next's request scope is stubbed: who is
// signed in, the cookies the response sets, the request's language. Auth.js's own sign-in flow,
// the actions, lib/ and the database below them are real.
const door = vi.hoisted(() => ({
  actor: null as Actor | null,
  cookies: new Map<string, string>(),
  redirects: [] as string[],
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("@/auth", () => ({ signIn: async () => undefined, signOut: async () => {} }));
// next-auth's entry imports Next's request scope, which does not load outside Next; its error
// classes are @auth/core's.
vi.mock("next-auth", async () => {
  const errors = await import("@auth/core/errors");
  return { AuthError: errors.AuthError, CredentialsSignin: errors.CredentialsSignin };
});
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "127.0.0.1:3000", "user-agent": "vitest" }),
  cookies: async () => ({
    get: (name: string) =>
      door.cookies.has(name) ? { name, value: door.cookies.get(name) } : undefined,
    set: (name: string, value: string) => door.cookies.set(name, value),
  }),
}));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  door.actor = null;
  door.cookies = new Map();
  door.redirects = [];
  requestLocale.current = "en";
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** A sign-in through Auth.js itself, as next-auth's signIn() runs it in an action. */
async function authSignIn(provider: "credentials" | "phone-otp", fields: Record<string, string>) {
  const request = new Request(`http://127.0.0.1:3000/api/auth/callback/${provider}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "vitest" },
    body: new URLSearchParams({ ...fields, callbackUrl: "/" }),
  });
  return Auth(request, { ...authConfig, basePath: "/api/auth", raw, skipCSRFCheck });
}

const passwordSignIn = (email: string, password: string) =>
  authSignIn("credentials", { email, password });

const sessionCookieOf = (result: Awaited<ReturnType<typeof authSignIn>>) =>
  result.cookies?.find((c) => c.name.endsWith("authjs.session-token"));

describe("the language switcher", () => {
  it("stores the language on a signed-in account and in the browser", async () => {
    const user = await createUser({ locale: "en" });
    door.actor = actorFor(user);
    await setLocaleAction(form({ locale: "hi" }));
    expect((await getUser(door.actor, "me")).locale).toBe("hi");
    expect(door.cookies.get("NEXT_LOCALE")).toBe("hi");

    await setLocaleAction(form({ locale: "en" }));
    expect((await getUser(door.actor, "me")).locale).toBe("en");
    expect(door.cookies.get("NEXT_LOCALE")).toBe("en");
  });

  it("only sets the cookie for a visitor, and ignores a language it has no interface for", async () => {
    await setLocaleAction(form({ locale: "hi" }));
    expect(door.cookies.get("NEXT_LOCALE")).toBe("hi");

    const user = await createUser({ locale: "hi" });
    door.actor = actorFor(user);
    await setLocaleAction(form({ locale: "fr" }));
    await setLocaleAction(form({ locale: "bn" }));
    expect((await getUser(door.actor, "me")).locale).toBe("hi");
    expect(door.cookies.get("NEXT_LOCALE")).toBe("hi");
  });
});

describe("signing in", () => {
  it("applies the account's stored language to a fresh browser", async () => {
    const { user, password } = await createUserWithPassword("Correct-horse-9", { locale: "hi" });
    requestLocale.current = "en";
    const result = await passwordSignIn(user.email, password);
    expect(sessionCookieOf(result)).toBeDefined();
    expect(door.cookies.get("NEXT_LOCALE")).toBe("hi");
  });

  it("applies it after a sign-in with a texted code too", async () => {
    const phone = "+919812300077";
    await createUser({ phone, phoneVerifiedAt: new Date(), locale: "hi" });
    const code = await issueOtp({ phone, purpose: "sign_in", userId: null }, new Date());
    const result = await authSignIn("phone-otp", { phone, code });
    expect(sessionCookieOf(result)).toBeDefined();
    expect(door.cookies.get("NEXT_LOCALE")).toBe("hi");
  });

  it("sets no language when the sign-in fails, and keeps the browser's for an untranslated one", async () => {
    const { user } = await createUserWithPassword("Correct-horse-9", { locale: "hi" });
    await expect(passwordSignIn(user.email, "Wrong-horse-9")).rejects.toThrow();
    expect(door.cookies.has("NEXT_LOCALE")).toBe(false);

    // Bengali is a stored language without an interface yet: the browser keeps its own.
    const bengali = await createUserWithPassword("Correct-horse-9", { locale: "bn" });
    door.cookies.set("NEXT_LOCALE", "hi");
    const result = await passwordSignIn(bengali.user.email, bengali.password);
    expect(sessionCookieOf(result)).toBeDefined();
    expect(door.cookies.get("NEXT_LOCALE")).toBe("hi");
  });
});

describe("signing up", () => {
  it("stores the language the form was filled in", async () => {
    requestLocale.current = "hi";
    const email = `meera-${crypto.randomUUID()}@example.com`;
    const result = await signUpAction(
      null,
      form({
        fullName: "Meera Nair",
        email,
        password: "Sahi@Password9",
        confirmPassword: "Sahi@Password9",
      }),
    );
    expect(result).toEqual({ ok: true });
    const [row] = await db
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.email, email));
    expect(row!.locale).toBe("hi");
  });

  it("through the API: the stated language, else the request's", async () => {
    const body = (email: string, extra = {}) => ({
      email,
      password: "Sahi@Password9",
      fullName: "Meera Nair",
      ...extra,
    });
    const asked = await call(registerRoute, {
      path: "/auth/register",
      body: body("api-hi@example.com"),
      headers: { "accept-language": "hi-IN,hi;q=0.9,en;q=0.5" },
    });
    expect(asked.status).toBe(201);
    expect(asked.body.data.user.locale).toBe("hi");
    const stated = await call(registerRoute, {
      path: "/auth/register",
      body: body("api-en@example.com", { locale: "en" }),
      headers: { "accept-language": "hi" },
    });
    expect(stated.body.data.user.locale).toBe("en");
  });

  it("with Google keeps the language of the page the person came from", async () => {
    const outcome = await resolveOAuthUser({
      provider: "google",
      providerAccountId: "g-new-hindi-reader",
      type: "oidc",
      email: "hindi.reader@example.com",
      emailVerified: true,
      name: "Sunita Devi",
      locale: "hi",
    });
    expect(outcome.ok).toBe(true);
    const [row] = await db
      .select({ locale: users.locale })
      .from(users)
      .where(eq(users.email, "hindi.reader@example.com"));
    expect(row!.locale).toBe("hi");
  });
});

describe("notices to someone else", () => {
  it("reach a Hindi-speaking patient in Hindi when an English-speaking doctor acts", async () => {
    const { doctor, user: doctorUser } = await createDoctor({ name: "Dr. Meera Iyer" });
    const patient = await createUser({
      locale: "hi",
      phone: "+919812345678",
      phoneVerifiedAt: new Date(),
    });
    await db.insert(notificationPreferences).values({ userId: patient.id, channelSms: true });
    const appointment = await createAppointment({
      patientId: patient.id,
      doctorId: doctor.id,
      date: clinicDate(3),
      time: "11:00",
      status: "pending",
    });
    requestLocale.current = "en";
    door.cookies.set("NEXT_LOCALE", "en");
    door.actor = actorFor(doctorUser, doctor.id);
    await confirmRequestAction(null, form({ id: appointment.uuid, tab: "requests" }));
    expect(door.redirects).toEqual(["/doctor/appointments?tab=requests&notice=accepted"]);

    const [inbox] = await listNotifications(actorFor(patient));
    expect(inbox!.title).toBe(hi.Notifications.appointmentConfirmed.title);
    const sent = await db
      .select({ channel: notificationDeliveries.channel, payload: notificationDeliveries.payload })
      .from(notificationDeliveries)
      .where(eq(notificationDeliveries.userId, patient.id));
    const by = Object.fromEntries(sent.map((d) => [d.channel, d.payload]));
    expect(by.email).toMatchObject({ locale: "hi" });
    expect(String(by.sms!.text)).toContain("अपॉइंटमेंट की पुष्टि कर दी है");
  });
});
