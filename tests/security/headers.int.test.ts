import { describe, expect, it } from "vitest";
import { GET as calendarRoute } from "@/app/api/v1/appointments/[id]/calendar.ics/route";
import { GET as appointmentRoute } from "@/app/api/v1/appointments/[id]/route";
import { GET as appointmentsRoute } from "@/app/api/v1/appointments/route";
import { POST as loginRoute } from "@/app/api/v1/auth/login/route";
import { GET as meRoute } from "@/app/api/v1/auth/me/route";
import { GET as doctorRoute } from "@/app/api/v1/doctors/[id]/route";
import { GET as ownDoctorRoute } from "@/app/api/v1/doctors/me/route";
import { GET as doctorsRoute } from "@/app/api/v1/doctors/route";
import { GET as abhaRoute } from "@/app/api/v1/users/[id]/abha/route";
import { GET as exportRoute } from "@/app/api/v1/users/[id]/export/route";
import { GET as profileRoute } from "@/app/api/v1/users/[id]/health-profile/route";
import { GET as userRoute, PUT as putUserRoute } from "@/app/api/v1/users/[id]/route";
import { call } from "@/tests/api-client";
import { createDoctor, createUser } from "@/tests/factories";
import { clinicDate, createAppointment, tokenFor } from "@/tests/factories-appointments";
import { createUserWithPassword } from "@/tests/factories-users";

type Route = Parameters<typeof call>[0];
const me = { id: "me" };

describe("Cache-Control on personal API answers", () => {
  it("is private, no-store on every personal read, its errors and a login", async () => {
    const patient = await createUser();
    const token = await tokenFor(patient);
    const dr = await createDoctor();
    const doctorToken = await tokenFor(dr.user);
    const appointment = await createAppointment({
      patientId: patient.id,
      doctorId: dr.doctor.id,
      date: clinicDate(3),
      time: "10:00",
    });
    const own = { id: appointment.uuid };
    const { user, password } = await createUserWithPassword();

    const cases: [string, Route, Parameters<typeof call>[1]][] = [
      ["GET /users/me", userRoute, { params: me, token }],
      ["GET /users/me/health-profile", profileRoute, { params: me, token }],
      ["GET /users/me/abha", abhaRoute, { params: me, token }],
      ["GET /auth/me", meRoute, { token }],
      ["GET /appointments", appointmentsRoute, { token }],
      ["GET /appointments/:id", appointmentRoute, { params: own, token }],
      ["GET /doctors/me", ownDoctorRoute, { token: doctorToken }],
      ["GET /doctors/:id signed in", doctorRoute, { params: { id: dr.doctor.uuid }, token }],
      ["GET /users/me signed out (401)", userRoute, { params: me }],
      ["GET /users/<other> (404)", userRoute, { params: { id: dr.user.uuid }, token }],
      ["PUT /users/me invalid (422)", putUserRoute, { method: "PUT", params: me, token, body: {} }],
      ["POST /auth/login", loginRoute, { body: { email: user.email, password } }],
    ];
    for (const [name, route, options] of cases) {
      const res = await call(route, options);
      expect(res.status, name).toBeLessThan(500);
      expect(`${name}: ${res.headers.get("cache-control")}`).toBe(`${name}: private, no-store`);
      expect(res.headers.get("content-security-policy"), name).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
    }
  });

  it("keeps the files' own private policies", async () => {
    const patient = await createUser();
    const token = await tokenFor(patient);
    const dr = await createDoctor();
    const appointment = await createAppointment({
      patientId: patient.id,
      doctorId: dr.doctor.id,
      date: clinicDate(3),
      time: "10:00",
    });
    const ics = await calendarRoute(
      new Request("http://127.0.0.1:3000/api/v1/x", {
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve({ id: appointment.uuid }) },
    );
    const exported = await exportRoute(
      new Request("http://127.0.0.1:3000/api/v1/x", {
        headers: { authorization: `Bearer ${token}` },
      }),
      { params: Promise.resolve(me) },
    );
    expect(ics.headers.get("cache-control")).toBe("private, no-store");
    expect(exported.headers.get("cache-control")).toMatch(/no-store/);
  });

  it("leaves anonymous public reads cacheable", async () => {
    const dr = await createDoctor();
    const list = await call(doctorsRoute, { path: "/doctors" });
    const one = await call(doctorRoute, { params: { id: dr.doctor.uuid } });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control") ?? "").not.toContain("private");
    expect(one.headers.get("cache-control") ?? "").not.toContain("private");
  });
});
