import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { appointments, notifications } from "@/db/schema";
import { listMailbox } from "@/lib/email/outbox";
import { flushDeferred } from "@/lib/tasks/defer";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import {
  clinicDate,
  clinicMoment,
  createAppointment,
  createBookableDoctor,
} from "@/tests/factories-appointments";
import { getAppointment, listAppointments } from "./queries";
import {
  bookAppointment,
  bookAppointmentOnce,
  cancelAppointment,
  rescheduleAppointment,
  updateAppointment,
} from "./service";

async function setup() {
  const { doctor, user: doctorUser } = await createBookableDoctor();
  const patientUser = await createUser({ fullName: "Asha Rao", email: "asha@example.test" });
  return {
    doctor,
    doctorActor: actorFor(doctorUser, doctor.id),
    patientUser,
    patient: actorFor(patientUser),
  };
}

const slot = (doctorId: string, time = "10:00", days = 3) => ({
  doctorId,
  date: clinicDate(days),
  time,
  consultationType: "online" as const,
});

describe("bookAppointment", () => {
  it("confirms at once with the doctor's fee, notifies both sides and mails the patient", async () => {
    const { doctor, patient, patientUser, doctorActor } = await setup();
    const dto = await bookAppointment(patient, {
      ...slot(doctor.uuid),
      symptoms: "Fever for 3 days",
    });
    expect(dto).toMatchObject({
      doctor: { id: doctor.uuid, name: "Dr. Meera Iyer", specialty: "general_physician" },
      patient: { id: patientUser.uuid, name: "Asha Rao" },
      date: clinicDate(3),
      time: "10:00",
      status: "confirmed",
      fee: "400.00",
      durationMinutes: 30,
      symptoms: "Fever for 3 days",
      canCancel: true,
      canReschedule: true,
      canJoin: false,
    });
    expect(await getAppointment(patient, dto.id)).toEqual(dto);
    expect((await getAppointment(doctorActor, dto.id)).canReschedule).toBe(false);
    const inbox = await db.select().from(notifications);
    expect(inbox.map((n) => n.title).sort()).toEqual(["Appointment confirmed", "New appointment"]);
    await flushDeferred();
    const mails = await listMailbox("asha@example.test");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Dr. Meera Iyer");
  });

  it("charges the offline fee for a clinic visit", async () => {
    const { doctor, patient } = await setup();
    const dto = await bookAppointment(patient, {
      ...slot(doctor.uuid),
      consultationType: "offline",
    });
    expect(dto.fee).toBe("500.00");
  });

  it("maps the two unique indexes to two different 409s", async () => {
    const { doctor, patient } = await setup();
    await bookAppointment(patient, slot(doctor.uuid));
    const other = actorFor(await createUser());
    await expect(bookAppointment(other, slot(doctor.uuid))).rejects.toMatchObject({
      code: "conflict",
      detail: expect.stringMatching(/just taken/),
    });
    const { doctor: second } = await createBookableDoctor();
    await expect(bookAppointment(patient, slot(second.uuid))).rejects.toMatchObject({
      code: "conflict",
      detail: expect.stringMatching(/already have an appointment/),
    });
  });

  it("refuses the doctor booking themselves", async () => {
    const { doctor, doctorActor } = await setup();
    await expect(bookAppointment(doctorActor, slot(doctor.uuid))).rejects.toMatchObject({
      code: "validation_failed",
      errors: [{ path: "doctorId", message: "is you" }],
    });
  });
});

describe("bookAppointmentOnce (the booking form's and the API's door)", () => {
  const mine = (actor: Parameters<typeof listAppointments>[0]) =>
    listAppointments(actor, { as: "patient", page: 1, pageSize: 20, order: "asc" });

  it("books once per key: a repeat gets the first appointment back and creates nothing", async () => {
    const { doctor, patient, doctorActor } = await setup();
    const key = { idempotencyKey: "0d9c2f4e-form-render" };
    const first = await bookAppointmentOnce(patient, slot(doctor.uuid), key);
    const again = await bookAppointmentOnce(patient, slot(doctor.uuid), key);
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ appointment: first.appointment, replayed: true });
    expect((await mine(patient)).data.map((a) => a.id)).toEqual([first.appointment.id]);
    const booked = await listAppointments(doctorActor, {
      as: "doctor",
      page: 1,
      pageSize: 20,
      order: "asc",
    });
    expect(booked.meta.total).toBe(1);
    // One confirmation each, not one per submit.
    expect(await db.$count(notifications)).toBe(2);
    await flushDeferred();
    expect(await listMailbox("asha@example.test")).toHaveLength(1);
  });

  it("keeps keys per user: another patient's identical key is theirs alone", async () => {
    const { doctor, patient } = await setup();
    const key = { idempotencyKey: "same-key" };
    const asha = await bookAppointmentOnce(patient, slot(doctor.uuid), key);
    const raviUser = await createUser({ fullName: "Ravi Kumar" });
    const ravi = actorFor(raviUser);
    // The very same request is Ravi's own: it is NOT Asha's booking replayed, and her slot is taken.
    await expect(bookAppointmentOnce(ravi, slot(doctor.uuid), key)).rejects.toMatchObject({
      code: "conflict",
      detail: expect.stringMatching(/just taken/),
    });
    const his = await bookAppointmentOnce(ravi, slot(doctor.uuid, "11:00"), key);
    expect(his.replayed).toBe(false);
    expect(his.appointment).toMatchObject({ time: "11:00", patient: { name: "Ravi Kumar" } });
    expect(his.appointment.id).not.toBe(asha.appointment.id);
    expect((await mine(ravi)).data.map((a) => a.id)).toEqual([his.appointment.id]);
    // Asha's key still gives her her own booking.
    const again = await bookAppointmentOnce(patient, slot(doctor.uuid), key);
    expect(again.appointment.id).toBe(asha.appointment.id);
    expect((await mine(patient)).meta.total).toBe(1);
  });

  it("refuses the key for another slot, and frees it when the booking fails", async () => {
    const { doctor, patient } = await setup();
    await bookAppointmentOnce(patient, slot(doctor.uuid), { idempotencyKey: "k1" });
    await expect(
      bookAppointmentOnce(patient, slot(doctor.uuid, "11:00"), { idempotencyKey: "k1" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect((await mine(patient)).meta.total).toBe(1);

    const other = actorFor(await createUser());
    const taken = { idempotencyKey: "k2" };
    await expect(bookAppointmentOnce(other, slot(doctor.uuid), taken)).rejects.toMatchObject({
      code: "conflict",
    });
    const retried = await bookAppointmentOnce(other, slot(doctor.uuid, "12:00"), taken);
    expect(retried).toMatchObject({ replayed: false, appointment: { time: "12:00" } });
  });

  it("books every time without a key, and refuses a malformed one", async () => {
    const { doctor, patient } = await setup();
    await bookAppointmentOnce(patient, slot(doctor.uuid));
    await bookAppointmentOnce(patient, slot(doctor.uuid, "11:00"), { idempotencyKey: null });
    expect((await mine(patient)).meta.total).toBe(2);
    await expect(
      bookAppointmentOnce(patient, slot(doctor.uuid, "12:00"), { idempotencyKey: "a key" }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    expect((await mine(patient)).meta.total).toBe(2);
  });
});

describe("rescheduleAppointment", () => {
  it("frees the old slot and links the new row to it, in one step", async () => {
    const { doctor, patient } = await setup();
    const first = await bookAppointment(patient, slot(doctor.uuid));
    const moved = await rescheduleAppointment(patient, first.id, {
      date: clinicDate(4),
      time: "11:30",
    });
    expect(moved).toMatchObject({
      date: clinicDate(4),
      time: "11:30",
      status: "confirmed",
      rescheduledFromId: first.id,
      rescheduledToId: null,
      fee: "400.00",
    });
    expect(await getAppointment(patient, first.id)).toMatchObject({
      status: "rescheduled",
      cancelReason: null,
      rescheduledToId: moved.id,
      canCancel: false,
      canReschedule: false,
    });
    const other = actorFor(await createUser());
    expect((await bookAppointment(other, slot(doctor.uuid))).status).toBe("confirmed");
  });

  it("rolls back when the new slot is taken, keeping the old appointment", async () => {
    const { doctor, patient } = await setup();
    const first = await bookAppointment(patient, slot(doctor.uuid));
    await bookAppointment(actorFor(await createUser()), slot(doctor.uuid, "12:00"));
    await expect(
      rescheduleAppointment(patient, first.id, { date: clinicDate(3), time: "12:00" }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await getAppointment(patient, first.id)).status).toBe("confirmed");
  });
});

describe("cancel and update", () => {
  it("cancels before the start, refuses twice, and lets the doctor complete a started one", async () => {
    const { doctor, patient, patientUser, doctorActor } = await setup();
    const dto = await bookAppointment(patient, slot(doctor.uuid));
    const cancelled = await cancelAppointment(patient, dto.id, { reason: "Feeling better" });
    expect(cancelled).toMatchObject({
      status: "cancelled",
      cancelReason: "Feeling better",
      canCancel: false,
    });
    await expect(cancelAppointment(patient, dto.id)).rejects.toMatchObject({ code: "conflict" });

    const started = clinicMoment(-5);
    const past = await createAppointment({
      patientId: patientUser.id,
      doctorId: doctor.id,
      ...started,
    });
    await expect(cancelAppointment(patient, past.uuid)).rejects.toMatchObject({ code: "conflict" });
    const done = await updateAppointment(doctorActor, past.uuid, {
      status: "completed",
      doctorNotes: "Rest, fluids",
    });
    expect(done).toMatchObject({ status: "completed", doctorNotes: "Rest, fluids" });
    const [row] = await db
      .select()
      .from(appointments)
      .where(and(eq(appointments.uuid, past.uuid)));
    expect(row!.completedAt).toBeInstanceOf(Date);
  });

  it("lists by role with the owner in the WHERE", async () => {
    const { doctor, patient, doctorActor } = await setup();
    await bookAppointment(patient, slot(doctor.uuid, "09:00"));
    await bookAppointment(patient, slot(doctor.uuid, "09:30"));
    const mine = await listAppointments(patient, {
      as: "patient",
      page: 1,
      pageSize: 20,
      order: "asc",
    });
    expect(mine.meta.total).toBe(2);
    expect(mine.data.map((a) => a.time)).toEqual(["09:00", "09:30"]);
    const booked = await listAppointments(doctorActor, {
      as: "doctor",
      page: 1,
      pageSize: 1,
      order: "desc",
    });
    expect(booked).toMatchObject({ meta: { total: 2, pageSize: 1 }, data: [{ time: "09:30" }] });
    expect(
      (await listAppointments(doctorActor, { as: "patient", page: 1, pageSize: 20, order: "asc" }))
        .meta.total,
    ).toBe(0);
    await expect(
      listAppointments(patient, { as: "doctor", page: 1, pageSize: 20, order: "asc" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
