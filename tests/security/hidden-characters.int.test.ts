import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateProfileAction } from "@/app/(site)/(patient)/profile/actions";
import { signUpAction } from "@/app/actions/auth";
import { POST as registerRoute } from "@/app/api/v1/auth/register/route";
import { POST as rateRoute } from "@/app/api/v1/doctors/[id]/ratings/route";
import { PUT as putUserRoute } from "@/app/api/v1/users/[id]/route";
import type { Actor } from "@/lib/auth/actor";
import { getUser } from "@/lib/users/queries";
import { call } from "@/tests/api-client";
import { createUser } from "@/tests/factories";
import {
  clinicDate,
  createAppointment,
  createBookableDoctor,
  createPatientWithToken,
} from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { requestLocale } from "@/tests/mocks/next-intl-server";

// The forms' doors with Next's request scope stubbed (who is signed in, the language); the
// validation and the database below them are real.
const door = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("@/auth", () => ({ signIn: async () => {}, signOut: async () => {} }));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error {},
  CredentialsSignin: class CredentialsSignin extends Error {},
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidateTag: () => {}, revalidatePath: () => {} }));
vi.mock("next/navigation", () => ({ redirect: () => {} }));
vi.mock("next-intl/server", () => import("@/tests/mocks/next-intl-server"));

beforeEach(() => {
  door.actor = null;
  requestLocale.current = "en";
});

const spoofed = "Dr.\u202Eevil";
const fieldError = (path: string) => ({
  path,
  message: "must not contain invisible, control or direction characters",
});

describe("a name with a right-to-left override", () => {
  it("is refused by sign-up and profile update in the API, naming the field", async () => {
    const { user, token } = await createPatientWithToken({ fullName: "Asha Rao" });
    const signUp = await call(registerRoute, {
      path: "/auth/register",
      body: { email: "new@example.test", password: "Sahi@Password9", fullName: spoofed },
    });
    const update = await call(putUserRoute, {
      method: "PUT",
      path: "/users/me",
      params: { id: "me" },
      token,
      body: { fullName: spoofed },
    });
    for (const res of [signUp, update]) {
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([fieldError("fullName")]);
    }
    expect((await getUser(actorFor(user), "me")).fullName).toBe("Asha Rao");
  });

  it("is refused beside the field in the sign-up and profile forms, in English and Hindi", async () => {
    door.actor = actorFor(await createUser({ fullName: "Asha Rao" }));
    for (const locale of ["en", "hi"] as const) {
      requestLocale.current = locale;
      const signUp = new FormData();
      for (const [k, v] of Object.entries({
        fullName: spoofed,
        email: `x-${locale}@example.test`,
        password: "Sahi@Password9",
        confirmPassword: "Sahi@Password9",
      }))
        signUp.set(k, v);
      const profile = new FormData();
      profile.set("fullName", `As\u200Bha`);
      const expected = (locale === "hi" ? hi : en).Validation.hiddenCharacters;
      expect((await signUpAction(null, signUp))?.fieldErrors?.fullName).toBe(expected);
      expect((await updateProfileAction(null, profile))?.fieldErrors?.fullName).toBe(expected);
    }
  });

  it("accepts a Hindi name written with a zero width joiner", async () => {
    const { token } = await createPatientWithToken();
    const name = "क्\u200Dषितिज शर्मा";
    const res = await call(putUserRoute, {
      method: "PUT",
      path: "/users/me",
      params: { id: "me" },
      token,
      body: { fullName: name },
    });
    expect(res.status).toBe(200);
    expect(res.body.data.fullName).toBe(name);
  });
});

describe("a public review with a bidi override", () => {
  it("is refused, naming the review", async () => {
    const patient = await createPatientWithToken();
    const dr = await createBookableDoctor();
    const appointment = await createAppointment({
      patientId: patient.user.id,
      doctorId: dr.doctor.id,
      date: clinicDate(-2),
      time: "10:00",
      status: "completed",
    });
    const review = (text: string) =>
      call(rateRoute, {
        path: `/doctors/${dr.doctor.uuid}/ratings`,
        params: { id: dr.doctor.uuid },
        token: patient.token,
        body: { rating: 5, review: text, appointmentId: appointment.uuid },
      });
    const refused = await review("Great \u2067doctor\u2069");
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([fieldError("review")]);
    expect((await review("बहुत अच्छे डॉक्टर।\nधन्यवाद")).status).toBe(201);
  });
});
