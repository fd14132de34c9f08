import { beforeEach, describe, expect, it, vi } from "vitest";
import { bookAppointmentAction } from "@/app/(site)/(patient)/doctors/[id]/book/actions";
import type { Actor } from "@/lib/auth/actor";
import { listAppointments } from "@/lib/appointments/queries";
import { createUser } from "@/tests/factories";
import { clinicDate, createBookableDoctor } from "@/tests/factories-appointments";
import { actorFor } from "@/tests/factories-users";

// The booking form's door with Next's request scope stubbed: who is signed in, and where the
// action sends the browser. Everything below the action (service, database) is real.
const door = vi.hoisted(() => ({
  actor: null as Actor | null,
  redirects: [] as string[],
  refreshes: 0,
}));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => door.actor }));
vi.mock("next/cache", () => ({
  revalidateTag: () => {},
  revalidatePath: () => {},
  refresh: () => {
    door.refreshes += 1;
  },
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    door.redirects.push(url);
  },
}));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => Object.assign((key: string) => key, { has: () => true }),
}));

beforeEach(() => {
  door.actor = null;
  door.redirects = [];
  door.refreshes = 0;
});

/** The FormData one render of the booking form posts (its hidden fields as the page set them). */
function bookingForm(idempotencyKey: string, doctorId: string, time = "10:00"): FormData {
  const form = new FormData();
  const fields = {
    idempotencyKey,
    doctorId,
    date: clinicDate(3),
    time,
    consultationType: "online",
  };
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

const submitAs = async (actor: Actor, form: FormData) => {
  door.actor = actor;
  return bookAppointmentAction(null, form);
};

const myAppointments = (actor: Actor) =>
  listAppointments(actor, { as: "patient", page: 1, pageSize: 20, order: "asc" });

describe("booking form: submitting the same form twice", () => {
  it("lands on the same confirmation page and books one appointment", async () => {
    const { doctor } = await createBookableDoctor();
    const asha = actorFor(await createUser());
    const form = bookingForm("c0ffee00-form-render-1", doctor.uuid);
    expect(await submitAs(asha, form)).toBeUndefined();
    expect(await submitAs(asha, form)).toBeUndefined();
    const [first, second] = door.redirects;
    expect(first).toMatch(/^\/appointments\/[0-9a-f-]{36}\/confirmed$/);
    expect(second).toBe(first);
    const booked = await myAppointments(asha);
    expect(booked.data.map((a) => `/appointments/${a.id}/confirmed`)).toEqual([first]);
  });

  it("does not hand another user's booking to someone posting the same key", async () => {
    const { doctor } = await createBookableDoctor();
    const asha = actorFor(await createUser());
    const ravi = actorFor(await createUser());
    await submitAs(asha, bookingForm("shared-key", doctor.uuid));
    const refused = await submitAs(ravi, bookingForm("shared-key", doctor.uuid));
    expect(refused).toMatchObject({ ok: false, code: "conflict" });
    expect(door.redirects).toHaveLength(1);
    await submitAs(ravi, bookingForm("shared-key", doctor.uuid, "11:00"));
    expect(door.redirects).toHaveLength(2);
    expect(door.redirects[1]).not.toBe(door.redirects[0]);
    expect((await myAppointments(ravi)).data.map((a) => a.time)).toEqual(["11:00"]);
    expect((await myAppointments(asha)).data.map((a) => a.time)).toEqual(["10:00"]);
  });

  it("asks for a fresh page when an old form is reused for another slot", async () => {
    const { doctor } = await createBookableDoctor();
    const asha = actorFor(await createUser());
    await submitAs(asha, bookingForm("one-render", doctor.uuid));
    const reused = await submitAs(asha, bookingForm("one-render", doctor.uuid, "11:00"));
    expect(reused).toMatchObject({ ok: false, message: "staleForm" });
    expect((await myAppointments(asha)).data.map((a) => a.time)).toEqual(["10:00"]);
  });

  it("hands back what was typed and refreshes the page when the slot was just taken", async () => {
    const { doctor } = await createBookableDoctor();
    const asha = actorFor(await createUser());
    const ravi = actorFor(await createUser());
    await submitAs(asha, bookingForm("asha-render", doctor.uuid));
    const form = bookingForm("ravi-render", doctor.uuid);
    form.set("chiefComplaint", "Chest pain on stairs");
    form.set("symptoms", "Breathless since Monday.");
    const refused = await submitAs(ravi, form);
    expect(refused).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { time: "conflict.book" },
      values: { chiefComplaint: "Chest pain on stairs", symptoms: "Breathless since Monday." },
    });
    expect(door.refreshes).toBe(1);
    expect(await myAppointments(ravi)).toMatchObject({ data: [] });
  });
});
