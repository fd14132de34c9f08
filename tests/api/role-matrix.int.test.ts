import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { Operation } from "@/lib/api/operation";
import { call } from "@/tests/api-client";
import { discoverRouteHandlers } from "@/tests/route-handlers";
import { createDoctor } from "@/tests/factories";
import { sampleFiles, uploadForm } from "@/tests/factories-records";
import {
  clinicDate,
  createAppointment,
  createPatientWithToken,
  tokenFor,
} from "@/tests/factories-appointments";

/**
 * Every admin route, and every route only a doctor may call, asked by the wrong people: the answer
 * is 403 or 404 and carries no data; one doctor on another doctor's appointment and patient is 404. Routes are discovered from the files, so a new route is
 * covered the day it is added.
 */

// Every route apiRoute built (the handlers of route files are all built by it: document.test).
const routes = (await discoverRouteHandlers()).map((r) => ({ ...r, operation: r.operation! }));

/** `/admin/doctors/{id}/verify` with a fresh uuid for every parameter. */
function concrete(op: Operation) {
  const params: Record<string, string> = {};
  const url = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    params[name] = randomUUID();
    return params[name]!;
  });
  return { url, params };
}

const prescription = {
  diagnosis: "Viral fever",
  items: [
    { name: "Paracetamol 500 mg", dosage: "1 tablet", frequency: "thrice_daily", durationDays: 3 },
  ],
};

// The role is checked before an admin route reads its body; the doctor's routes get a body their
// schema accepts, so the answer is about who asks, not about the body.
const bodyOf = (method: string, path: string) =>
  method === "GET" || method === "DELETE"
    ? undefined
    : path.endsWith("/prescriptions")
      ? prescription
      : path.endsWith("/availability")
        ? { weekly: [], timeOff: [], minNoticeMinutes: 60, instantConfirm: false }
        : { reason: "Not allowed anyway" };

async function ask(route: (typeof routes)[number], token: string) {
  const { url, params } = concrete(route.operation);
  if (route.operation.upload) return upload(route, url, params, token);
  return call(route.handler, {
    method: route.method,
    path: url,
    params,
    token,
    body: bodyOf(route.method, route.operation.path),
  });
}

/** A multipart upload of a real PDF, as a browser sends it. */
async function upload(
  route: (typeof routes)[number],
  url: string,
  params: Record<string, string>,
  token: string,
) {
  const form = uploadForm(sampleFiles.pdf(), { kind: "degree" }, "degree.pdf");
  const response = await route.handler(
    new Request(`http://127.0.0.1:3000/api/v1${url}`, {
      method: route.method,
      headers: { authorization: `Bearer ${token}` },
      body: form,
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

const adminRoutes = routes.filter((r) => r.operation.path.startsWith("/admin"));
// The doctor's own surface: what only a doctor (of this appointment) may do.
const doctorOnly = [
  "/appointments/{id}/confirm",
  "/appointments/{id}/decline",
  "/appointments/{id}/prescriptions",
];
const doctorRoutes = routes.filter(
  (r) => r.operation.path.startsWith("/doctors/me/") || doctorOnly.includes(r.operation.path),
);
const named = (r: (typeof routes)[number]) => `${r.method} ${r.operation.path}`;
const find = (name: string) => {
  const route = routes.find((r) => named(r) === name);
  if (!route) throw new Error(`no route ${name}`);
  return route;
};

let patient: string;
let pendingDoctor: string;
let verifiedDoctor: string;

beforeEach(async () => {
  patient = (await createPatientWithToken()).token;
  pendingDoctor = await tokenFor((await createDoctor({ verificationStatus: "pending" })).user);
  verifiedDoctor = await tokenFor((await createDoctor()).user);
});

describe("the admin routes", () => {
  it("are found", () => {
    expect(adminRoutes.map(named)).toEqual(
      expect.arrayContaining([
        "GET /admin/doctors",
        "POST /admin/doctors/{id}/verify",
        "POST /admin/doctors/{id}/reject",
        "POST /admin/users/{id}/suspend",
        "POST /admin/users/{id}/restore",
      ]),
    );
  });

  it.each(["patient", "pending doctor", "verified doctor"] as const)(
    "answer a %s 403 with no data, on every route",
    async (who) => {
      const tokens = {
        patient,
        "pending doctor": pendingDoctor,
        "verified doctor": verifiedDoctor,
      };
      for (const route of adminRoutes) {
        const res = await ask(route, tokens[who]);
        expect(res.status, named(route)).toBe(403);
        expect(res.headers.get("content-type"), named(route)).toMatch(/application\/problem\+json/);
        expect(res.body?.data, named(route)).toBeUndefined();
      }
    },
  );
});

describe("the doctor's routes", () => {
  it("are found", () => {
    expect(doctorRoutes.map(named)).toEqual(
      expect.arrayContaining([
        "GET /doctors/me/stats",
        "PUT /doctors/me/availability",
        "POST /appointments/{id}/confirm",
        "POST /appointments/{id}/prescriptions",
      ]),
    );
  });

  it("answer a patient 403 or 404 with no data, on every route", async () => {
    for (const route of doctorRoutes) {
      const res = await ask(route, patient);
      expect([403, 404], named(route)).toContain(res.status);
      expect(res.body?.data, named(route)).toBeUndefined();
    }
  });
});

describe("one doctor against another doctor's appointment and patient", () => {
  let appointmentId: string;
  let patientUuid: string;
  let patientToken: string;

  beforeEach(async () => {
    const owner = await createDoctor();
    const booked = await createPatientWithToken();
    patientUuid = booked.user.uuid;
    patientToken = booked.token;
    const appointment = await createAppointment({
      patientId: booked.user.id,
      doctorId: owner.doctor.id,
      date: clinicDate(2),
      time: "10:00",
      status: "pending",
    });
    appointmentId = appointment.uuid;
  });

  const asks = [
    ["GET /appointments/{id}", undefined],
    ["POST /appointments/{id}/confirm", undefined],
    ["POST /appointments/{id}/decline", { reason: "Fully booked that day" }],
    ["DELETE /appointments/{id}", { reason: "Unwell" }],
    ["POST /appointments/{id}/prescriptions", prescription],
  ] as const;

  it.each(["pending doctor", "verified doctor"] as const)(
    "is 404 for a %s on every route of the appointment and on the patient's health profile",
    async (who) => {
      const token = who === "pending doctor" ? pendingDoctor : verifiedDoctor;
      for (const [name, body] of asks) {
        const route = find(name);
        const res = await call(route.handler, {
          method: route.method,
          path: route.operation.path.replace("{id}", appointmentId),
          params: { id: appointmentId },
          token,
          body,
        });
        expect(res.status, name).toBe(404);
        expect(res.body?.data, name).toBeUndefined();
      }
      const profile = find("GET /users/{id}/health-profile");
      const res = await call(profile.handler, {
        path: `/users/${patientUuid}/health-profile`,
        params: { id: patientUuid },
        token,
      });
      expect(res.status).toBe(404);
      expect(res.body?.data).toBeUndefined();
    },
  );

  it("is 403 for the appointment's own patient answering it as if they were the doctor", async () => {
    const route = find("POST /appointments/{id}/confirm");
    const res = await call(route.handler, {
      method: "POST",
      path: `/appointments/${appointmentId}/confirm`,
      params: { id: appointmentId },
      token: patientToken,
    });
    expect(res.status).toBe(403);
    expect(res.body?.data).toBeUndefined();
  });
});
