import { expect, test, type APIRequestContext } from "@playwright/test";
import { demo, readMail, signIn } from "./fixtures";

/**
 * Issue #14's delivery journey: the demo patient (seeded with a verified mobile number) turns SMS
 * on, books a video consultation, finds it in the inbox and the SMS in the dev mailbox; turns SMS
 * off and books again: the mail comes, no new SMS. Bookings take the doctor's last free video
 * slots of the next two weeks, well away from the other specs' bookings.
 */
test.describe.configure({ timeout: 120_000 });

type Sms = { to: string; body: string; template: string | null; createdAt: string };

async function tokenOf(request: APIRequestContext) {
  const login = await request.post("/api/v1/auth/login", {
    data: { email: demo.patient.email, password: demo.patient.password },
  });
  expect(login.status(), await login.text()).toBe(200);
  return (await login.json()).data.accessToken as string;
}

async function smsTo(request: APIRequestContext, phone: string): Promise<Sms[]> {
  const response = await request.get(`/api/v1/dev/mailbox?phone=${encodeURIComponent(phone)}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).data as Sms[];
}

/** Free video slots of the demo cardiologist, latest first. */
async function lateVideoSlots(request: APIRequestContext) {
  const found = await request.get(`/api/v1/doctors?q=${encodeURIComponent("Vikram Patwardhan")}`);
  const doctorId = ((await found.json()) as { data: { id: string }[] }).data[0]!.id;
  const free = await request.get(`/api/v1/doctors/${doctorId}/availability`);
  const days = (await free.json()).data.days as {
    date: string;
    slots: { time: string; modes: string[] }[];
  }[];
  const slots = days.flatMap((d) =>
    d.slots.filter((s) => s.modes.includes("online")).map((s) => ({ date: d.date, time: s.time })),
  );
  expect(slots.length, "two free video slots in the next two weeks").toBeGreaterThan(1);
  return { doctorId, slots: slots.reverse() };
}

test("a booking reaches the inbox and, while SMS is on, the patient's phone", async ({
  page,
  request,
}) => {
  const token = await tokenOf(request);
  const auth = { authorization: `Bearer ${token}` };
  const me = await request.get("/api/v1/users/me", { headers: auth });
  const phone = (await me.json()).data.phone as string | null;
  expect(phone, "the demo patient has a verified mobile number (db/seed/demo.ts)").toBeTruthy();

  const setSms = async (on: boolean) => {
    const res = await request.put("/api/v1/users/me/notification-preferences", {
      headers: auth,
      data: { channelSms: on },
    });
    expect(res.status(), await res.text()).toBe(200);
  };
  const { doctorId, slots } = await lateVideoSlots(request);
  const book = async (slot: { date: string; time: string }) => {
    const res = await request.post("/api/v1/appointments", {
      headers: auth,
      data: { doctorId, date: slot.date, time: slot.time, consultationType: "online" },
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()).data.id as string;
  };
  const booked = (all: Sms[]) => all.filter((s) => s.template === "appointment_booked");

  await setSms(true);
  const before = booked(await smsTo(request, phone!)).length;
  const first = await book(slots[0]!);

  // The SMS goes out after the booking commits (the delivery outbox's drain).
  await expect.poll(async () => booked(await smsTo(request, phone!)).length).toBe(before + 1);
  const [sms] = booked(await smsTo(request, phone!));
  expect(sms!.body).toMatch(
    /^SwasthAI: your video consultation with Vikram Patwardhan is booked for /,
  );

  // The inbox holds it (newest first) and opens the appointment.
  await signIn(page, demo.patient.email, demo.patient.password);
  await page.goto("/notifications");
  const notice = page
    .getByRole("listitem")
    .filter({ hasText: "Vikram Patwardhan" })
    .filter({ hasText: slots[0]!.time.slice(0, 5) })
    .first();
  await notice.getByRole("button", { name: /^Open/ }).click();
  await expect(page).toHaveURL(new RegExp(`/appointments/${first}$`));

  // SMS off: the next booking is mailed, not texted.
  await setSms(false);
  const second = await book(slots[1]!);
  await readMail(request, demo.patient.email, new RegExp(`appointments/${second}`));
  expect(booked(await smsTo(request, phone!)).length).toBe(before + 1);

  // The dev mailbox shows the SMS beside mail.
  await page.goto(`/dev/mailbox?phone=${encodeURIComponent(phone!)}`);
  await expect(page.getByRole("heading", { name: new RegExp(`SMS for \\${phone}`) })).toBeVisible();
  await expect(page.getByText(sms!.body).first()).toBeVisible();
});
