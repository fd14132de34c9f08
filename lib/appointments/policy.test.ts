import { describe, expect, it } from "vitest";
import {
  canCancel,
  canEditIntake,
  canJoin,
  canRecordOutcome,
  canReschedule,
  canWriteNotes,
  joinWindow,
  type AppointmentFacts,
} from "./policy";

const start = new Date("2026-03-10T05:00:00Z"); // 10:30 IST
const at = (minutesFromStart: number) => new Date(start.getTime() + minutesFromStart * 60_000);
const patient = { userId: 1, doctorId: null };
const doctor = { userId: 2, doctorId: 20 };
const stranger = { userId: 3, doctorId: 30 };
const appt = (overrides: Partial<AppointmentFacts> = {}): AppointmentFacts => ({
  patientId: 1,
  doctorId: 20,
  status: "confirmed",
  consultationType: "online",
  startsAt: start,
  ...overrides,
});

describe("canCancel", () => {
  it("lets either participant cancel a live appointment until it starts", () => {
    expect(canCancel(patient, appt(), at(-1))).toBe(true);
    expect(canCancel(doctor, appt({ status: "pending" }), at(-600))).toBe(true);
    expect(canCancel(patient, appt(), at(0))).toBe(false);
    expect(canCancel(stranger, appt(), at(-600))).toBe(false);
    for (const status of ["cancelled", "completed", "no_show", "rejected"]) {
      expect(canCancel(patient, appt({ status }), at(-600))).toBe(false);
    }
  });
});

describe("canReschedule", () => {
  it("lets the patient move a live appointment until two hours before", () => {
    expect(canReschedule(patient, appt(), at(-120))).toBe(true);
    expect(canReschedule(patient, appt(), at(-119))).toBe(false);
    expect(canReschedule(doctor, appt(), at(-600))).toBe(false);
    expect(canReschedule(patient, appt({ status: "cancelled" }), at(-600))).toBe(false);
  });
});

describe("canJoin", () => {
  it("opens the room 10 minutes before and closes it 60 minutes after the start", () => {
    expect(canJoin(patient, appt(), at(-11))).toBe(false);
    expect(canJoin(patient, appt(), at(-10))).toBe(true);
    expect(canJoin(doctor, appt(), at(30))).toBe(true);
    expect(canJoin(doctor, appt(), at(60))).toBe(true);
    expect(canJoin(doctor, appt(), at(61))).toBe(false);
    expect(joinWindow(appt())).toEqual({ opensAt: at(-10), closesAt: at(60) });
  });

  it("is only for participants of a confirmed online consultation", () => {
    expect(canJoin(stranger, appt(), at(0))).toBe(false);
    expect(canJoin(patient, appt({ consultationType: "offline" }), at(0))).toBe(false);
    expect(canJoin(patient, appt({ status: "cancelled" }), at(0))).toBe(false);
  });
});

describe("outcome, notes and intake", () => {
  it("lets the doctor record an outcome of a live appointment once it started", () => {
    expect(canRecordOutcome(doctor, appt(), at(-1))).toBe(false);
    expect(canRecordOutcome(doctor, appt(), at(0))).toBe(true);
    expect(canRecordOutcome(patient, appt(), at(5))).toBe(false);
    expect(canRecordOutcome(doctor, appt({ status: "completed" }), at(5))).toBe(false);
    expect(canWriteNotes(doctor, appt({ status: "completed" }), at(5))).toBe(true);
    expect(canWriteNotes(doctor, appt({ status: "cancelled" }), at(5))).toBe(false);
  });

  it("lets the patient edit symptoms while the appointment is live", () => {
    expect(canEditIntake(patient, appt())).toBe(true);
    expect(canEditIntake(doctor, appt())).toBe(false);
    expect(canEditIntake(patient, appt({ status: "completed" }))).toBe(false);
  });
});
