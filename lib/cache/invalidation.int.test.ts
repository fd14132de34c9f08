import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import {
  clinicDate,
  createAppointment,
  createBookableDoctor,
} from "@/tests/factories-appointments";

// The cached signed-out pages are dropped by these calls; here we check who makes them.
const invalidate = vi.hoisted(() => ({
  doctorSlotsChanged: vi.fn(),
  doctorChanged: vi.fn(),
  articlesChanged: vi.fn(),
}));
vi.mock("@/lib/cache/public-pages", () => invalidate);

const { bookAppointment, cancelAppointment, declineAppointment, rescheduleAppointment } =
  await import("@/lib/appointments/service");
const { rateDoctor } = await import("@/lib/ratings/service");
const { updateDoctorProfile } = await import("@/lib/doctors/service");

beforeEach(() => {
  vi.clearAllMocks();
});

async function setup(overrides: Parameters<typeof createBookableDoctor>[0] = {}) {
  const { doctor, user } = await createBookableDoctor(overrides);
  const patientUser = await createUser({ email: `p-${doctor.uuid}@example.test` });
  return {
    doctor,
    doctorActor: actorFor(user, doctor.id),
    patientUser,
    patient: actorFor(patientUser),
  };
}

const slot = (doctorId: string, time: string) => ({
  doctorId,
  date: clinicDate(3),
  time,
  consultationType: "online" as const,
});

describe("public page invalidation by the domain functions", () => {
  it("a booking, a reschedule and a cancellation each expire the doctor's profile", async () => {
    const { doctor, patient } = await setup();
    const booked = await bookAppointment(patient, slot(doctor.uuid, "10:00"));
    expect(invalidate.doctorSlotsChanged.mock.calls).toEqual([[doctor.uuid]]);

    const moved = await rescheduleAppointment(patient, booked.id, {
      date: clinicDate(3),
      time: "11:00",
    });
    expect(invalidate.doctorSlotsChanged).toHaveBeenCalledTimes(2);

    await cancelAppointment(patient, moved.id);
    expect(invalidate.doctorSlotsChanged.mock.calls).toEqual([
      [doctor.uuid],
      [doctor.uuid],
      [doctor.uuid],
    ]);
    // Slots are not on the lists: nothing else is dropped.
    expect(invalidate.doctorChanged).not.toHaveBeenCalled();
  });

  it("a declined request frees its slot on the profile", async () => {
    const { doctor, doctorActor, patient } = await setup({ instantConfirm: false });
    const requested = await bookAppointment(patient, slot(doctor.uuid, "10:00"));
    vi.clearAllMocks();
    await declineAppointment(doctorActor, requested.id, { reason: "On leave that day" });
    expect(invalidate.doctorSlotsChanged.mock.calls).toEqual([[doctor.uuid]]);
  });

  it("a failed booking expires nothing", async () => {
    const { doctor, patient } = await setup();
    await expect(
      bookAppointment(patient, { ...slot(doctor.uuid, "10:00"), date: clinicDate(-3) }),
    ).rejects.toThrow();
    expect(invalidate.doctorSlotsChanged).not.toHaveBeenCalled();
  });

  it("a rating and a profile edit expire the profile and the lists", async () => {
    const { doctor, doctorActor, patientUser, patient } = await setup();
    const visit = await createAppointment({
      patientId: patientUser.id,
      doctorId: doctor.id,
      date: clinicDate(-2),
      time: "10:00:00",
      status: "completed",
    });
    await rateDoctor(patient, doctor.uuid, {
      appointmentId: visit.uuid,
      rating: 5,
      review: undefined,
    });
    expect(invalidate.doctorChanged.mock.calls).toEqual([[doctor.uuid]]);

    await updateDoctorProfile(doctorActor, doctor.uuid, { bio: "Twenty years in Pune." });
    expect(invalidate.doctorChanged.mock.calls).toEqual([[doctor.uuid], [doctor.uuid]]);
  });
});
