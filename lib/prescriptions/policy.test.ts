import { describe, expect, it } from "vitest";
import type { AppointmentFacts } from "@/lib/appointments/policy";
import { canIssuePrescription, canReadPatientPanel, issueWindow } from "./policy";

const start = new Date("2026-03-10T05:00:00Z");
const at = (minutesFromStart: number) => new Date(start.getTime() + minutesFromStart * 60_000);
const patient = { userId: 1, doctorId: null };
const doctor = { userId: 2, doctorId: 20 };
const otherDoctor = { userId: 3, doctorId: 30 };
const appt = (overrides: Partial<AppointmentFacts> = {}): AppointmentFacts => ({
  patientId: 1,
  doctorId: 20,
  status: "confirmed",
  consultationType: "online",
  startsAt: start,
  ...overrides,
});

describe("canReadPatientPanel", () => {
  it("lets the appointment's doctor read it while live and after it took place", () => {
    for (const status of ["pending", "confirmed", "completed", "no_show"]) {
      expect(canReadPatientPanel(doctor, appt({ status }))).toBe(true);
    }
  });

  it("closes the panel once the appointment is cancelled, rejected, expired or moved", () => {
    for (const status of ["cancelled", "rejected", "expired", "rescheduled"]) {
      expect(canReadPatientPanel(doctor, appt({ status }))).toBe(false);
    }
  });

  it("never lets another doctor or the patient in through it", () => {
    expect(canReadPatientPanel(otherDoctor, appt())).toBe(false);
    expect(canReadPatientPanel(patient, appt())).toBe(false);
  });
});

describe("canIssuePrescription", () => {
  it("lets the doctor issue once a confirmed appointment's room opens, 10 minutes before it starts", () => {
    expect(canIssuePrescription(doctor, appt(), at(-11))).toBe(false);
    expect(canIssuePrescription(doctor, appt(), at(-1))).toBe(true);
    expect(canIssuePrescription(doctor, appt(), at(0))).toBe(true);
    expect(canIssuePrescription(doctor, appt(), at(600))).toBe(true);
  });

  it("lets the doctor issue (or correct) after completion, whenever", () => {
    expect(canIssuePrescription(doctor, appt({ status: "completed" }), at(-60))).toBe(true);
  });

  it("refuses a pending request and every closed status", () => {
    for (const status of ["pending", "no_show", "cancelled", "rejected", "expired"]) {
      expect(canIssuePrescription(doctor, appt({ status }), at(10))).toBe(false);
    }
  });

  it("refuses anyone but the appointment's doctor", () => {
    expect(canIssuePrescription(otherDoctor, appt(), at(10))).toBe(false);
    expect(canIssuePrescription(patient, appt({ status: "completed" }), at(10))).toBe(false);
  });
});

describe("issueWindow", () => {
  it("says not yet before the room opens or while pending, open after, closed once it ended otherwise", () => {
    expect(issueWindow(appt(), at(-11))).toBe("notYet");
    expect(issueWindow(appt(), at(-10))).toBe("open");
    expect(issueWindow(appt(), at(-5))).toBe("open");
    expect(issueWindow(appt({ status: "pending" }), at(5))).toBe("notYet");
    expect(issueWindow(appt(), at(5))).toBe("open");
    expect(issueWindow(appt({ status: "completed" }), at(-5))).toBe("open");
    expect(issueWindow(appt({ status: "no_show" }), at(5))).toBe("closed");
    expect(issueWindow(appt({ status: "cancelled" }), at(5))).toBe("closed");
  });
});
