import { describe, expect, it } from "vitest";
import {
  effectiveNoticeMinutes,
  answerDeadline,
  bookableModes,
  canAnswer,
  canCancel,
  canEditIntake,
  canJoin,
  canRate,
  canRecordOutcome,
  canReschedule,
  canWriteNotes,
  isInProgress,
  isStaleRequest,
  isUpcoming,
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

describe("upcoming and in progress", () => {
  const timed = (overrides: Partial<AppointmentFacts> = {}) => ({
    ...appt(overrides),
    durationMinutes: 30,
  });

  it("keeps a live appointment upcoming until it is over, in progress from its start", () => {
    expect(isUpcoming(timed(), at(-600))).toBe(true);
    expect(isInProgress(timed(), at(-1))).toBe(false);
    expect(isInProgress(timed(), at(0))).toBe(true);
    expect(isUpcoming(timed(), at(29))).toBe(true);
    expect(isInProgress(timed(), at(29))).toBe(true);
    expect(isUpcoming(timed(), at(30))).toBe(false);
    expect(isInProgress(timed(), at(30))).toBe(false);
  });

  it("never counts an appointment that no longer holds its slot", () => {
    for (const status of ["cancelled", "completed", "no_show", "rejected", "rescheduled"]) {
      expect(isUpcoming(timed({ status }), at(-600))).toBe(false);
      expect(isInProgress(timed({ status }), at(5))).toBe(false);
    }
    expect(isUpcoming(timed({ status: "pending" }), at(-600))).toBe(true);
  });
});

describe("canRate", () => {
  it("lets only the patient rate, and only a completed appointment", () => {
    expect(canRate(patient, appt({ status: "completed" }))).toBe(true);
    expect(canRate(doctor, appt({ status: "completed" }))).toBe(false);
    expect(canRate(stranger, appt({ status: "completed" }))).toBe(false);
    for (const status of ["confirmed", "cancelled", "no_show", "rescheduled"]) {
      expect(canRate(patient, appt({ status }))).toBe(false);
    }
  });
});

describe("a rescheduled appointment", () => {
  it("can no longer be cancelled, moved, joined, marked or edited", () => {
    const moved = appt({ status: "rescheduled" });
    expect(canCancel(patient, moved, at(-600))).toBe(false);
    expect(canReschedule(patient, moved, at(-600))).toBe(false);
    expect(canJoin(patient, moved, at(0))).toBe(false);
    expect(canRecordOutcome(doctor, moved, at(5))).toBe(false);
    expect(canWriteNotes(doctor, moved, at(5))).toBe(false);
    expect(canEditIntake(patient, moved)).toBe(false);
  });
});

describe("bookableModes", () => {
  const doctorFacts = {
    verified: true,
    offersOnline: true,
    offersOffline: true,
    feeOnline: "400.00",
    feeOffline: "500.00",
  };

  it("lists the offered modes that have a fee, online first", () => {
    expect(bookableModes(doctorFacts)).toEqual(["online", "offline"]);
    expect(bookableModes({ ...doctorFacts, offersOnline: false })).toEqual(["offline"]);
    expect(bookableModes({ ...doctorFacts, feeOffline: null })).toEqual(["online"]);
    expect(bookableModes({ ...doctorFacts, offersOnline: false, offersOffline: false })).toEqual(
      [],
    );
  });

  it("offers nothing for a doctor who is not verified", () => {
    expect(bookableModes({ ...doctorFacts, verified: false })).toEqual([]);
  });
});

describe("canAnswer", () => {
  const pending = appt({ status: "pending" });
  it("lets only the doctor answer a pending request until 30 minutes before the slot", () => {
    expect(answerDeadline(pending)).toEqual(at(-30));
    expect(canAnswer(doctor, pending, at(-31))).toBe(true);
    expect(canAnswer(doctor, pending, at(-30))).toBe(false);
    expect(canAnswer(patient, pending, at(-600))).toBe(false);
    expect(canAnswer(stranger, pending, at(-600))).toBe(false);
    expect(canAnswer(doctor, appt(), at(-600))).toBe(false);
  });

  it("calls a pending request stale from its deadline on, and nothing else", () => {
    expect(isStaleRequest(pending, at(-31))).toBe(false);
    expect(isStaleRequest(pending, at(-30))).toBe(true);
    expect(isStaleRequest(appt(), at(10))).toBe(false);
  });
});

describe("effectiveNoticeMinutes", () => {
  it("is the doctor's own notice when bookings are confirmed at once", () => {
    expect(effectiveNoticeMinutes({ instantConfirm: true, minNoticeMinutes: 0 })).toBe(0);
    expect(effectiveNoticeMinutes({ instantConfirm: true, minNoticeMinutes: 240 })).toBe(240);
  });

  it("leaves a doctor who answers requests time to answer before the 30-minute deadline", () => {
    expect(effectiveNoticeMinutes({ instantConfirm: false, minNoticeMinutes: 0 })).toBe(60);
    expect(effectiveNoticeMinutes({ instantConfirm: false, minNoticeMinutes: 30 })).toBe(60);
    expect(effectiveNoticeMinutes({ instantConfirm: false, minNoticeMinutes: 120 })).toBe(120);
  });
});
