import {
  expect,
  test,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
} from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";

/**
 * D3 + D4 in the browser, with the seed's requests doctor (db/seed/demo.ts requestsDoctorEmail:
 * verified, no instant confirmation, no bookings), so the demo doctor other specs book with keeps
 * its hours: the doctor edits hours and days off and reads the preview; a patient books and the
 * doctor accepts; a declined request shows the patient the doctor's reason.
 */
const requestsDoctor = { email: "doctor.requests@swasthai.dev", password: "Swasth@2026" };

// In order: the second test books the hours the first one saved.
test.describe.configure({ mode: "default" });

/** A bearer token for an account, as a mobile app would sign in. */
async function tokenOf(request: APIRequestContext, email: string, password: string) {
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  return (await login.json()).data.accessToken as string;
}

/**
 * A new patient books the requests doctor's last free video slot of the next two weeks (well
 * after the other tests' bookings) and the doctor accepts it, both through the API; its date.
 */
async function acceptedBooking(request: APIRequestContext, fullName: string): Promise<string> {
  const found = await request.get(`/api/v1/doctors?q=${encodeURIComponent("Kavita Deshmukh")}`);
  const doctorId = ((await found.json()) as { data: { id: string }[] }).data[0]!.id;
  const free = await request.get(`/api/v1/doctors/${doctorId}/availability`);
  const days = (await free.json()).data.days as {
    date: string;
    slots: { time: string; modes: string[] }[];
  }[];
  const day = days.filter((d) => d.slots.some((x) => x.modes.includes("online"))).at(-1);
  expect(day, "a free video slot in the next two weeks").toBeTruthy();
  const slot = day!.slots.find((x) => x.modes.includes("online"))!;

  const account = { email: uniqueEmail("dayoff"), password: "Swasth@2026", fullName };
  await registerAccount(request, account);
  const patient = await tokenOf(request, account.email, account.password);
  const booked = await request.post("/api/v1/appointments", {
    headers: { authorization: `Bearer ${patient}` },
    data: { doctorId, date: day!.date, time: slot.time, consultationType: "online" },
  });
  expect(booked.status(), await booked.text()).toBe(201);
  const doctor = await tokenOf(request, requestsDoctor.email, requestsDoctor.password);
  const accepted = await request.post(
    `/api/v1/appointments/${(await booked.json()).data.id}/confirm`,
    { headers: { authorization: `Bearer ${doctor}` } },
  );
  expect(accepted.status(), await accepted.text()).toBe(200);
  return day!.date;
}

async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

/** The first enabled radio of a group, starting at index `from`. */
async function firstEnabled(radios: Locator, from = 0): Promise<Locator> {
  const count = await radios.count();
  for (let i = from; i < count; i++) {
    if (await radios.nth(i).isEnabled()) return radios.nth(i);
  }
  throw new Error("no enabled option");
}

/** Books the first free video slot from tomorrow on through the booking pages; the new id. */
async function bookVideo(page: Page, doctorId: string): Promise<string> {
  await page.goto(`/doctors/${doctorId}/book`);
  await page.getByRole("radio", { name: /Video consultation/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const dates = page.getByRole("group", { name: "Choose a date" }).getByRole("radio");
  await (await firstEnabled(dates, 1)).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const times = page.getByRole("group", { name: /^Choose a time/ }).getByRole("radio");
  await (await firstEnabled(times)).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: /^Confirm/ }).click();
  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\/confirmed$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Appointment requested" }),
  ).toBeVisible();
  return page.url().split("/").at(-2)!;
}

test.describe("the doctor's day", () => {
  test("the doctor sets weekly hours and a day off and sees what patients will see", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const page = await newPage(browser, baseURL!);
    await page.goto("/doctor/availability");
    await signIn(page, requestsDoctor.email, requestsDoctor.password);
    await expect(page.getByRole("heading", { level: 1, name: "Availability" })).toBeVisible();

    // A second Sunday range: "add a range" is a round trip to the server.
    const sunday = page.getByRole("region", { name: "Sunday" });
    const before = await sunday.getByLabel("Start").count();
    await sunday.getByRole("button", { name: "Add a range on Sunday" }).click();
    await expect(sunday.getByLabel("Start")).toHaveCount(before + 1);
    await sunday.getByLabel("Start").last().fill("06:00");
    await sunday.getByLabel("End").last().fill("08:00");
    // ... overlapping another Sunday range is refused beside the field.
    await sunday.getByRole("button", { name: "Add a range on Sunday" }).click();
    await expect(sunday.getByLabel("Start")).toHaveCount(before + 2);
    await sunday.getByLabel("Start").last().fill("07:00");
    await sunday.getByLabel("End").last().fill("07:30");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(sunday.getByText("Overlaps another range on this day.")).toBeVisible();
    await sunday.getByRole("button", { name: `Remove Sunday range ${before + 2}` }).click();
    await expect(sunday.getByLabel("Start")).toHaveCount(before + 1);

    // A day off the day after tomorrow.
    const dayOff = new Date(Date.now() + 2 * 86_400_000 + 5.5 * 3_600_000)
      .toISOString()
      .slice(0, 10);
    await page.getByRole("button", { name: "Add days off" }).click();
    await page.getByLabel("First day").last().fill(dayOff);
    await page.getByLabel("Reason (optional, only you see it)").last().fill("Family wedding");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Availability saved.")).toBeVisible();

    // The preview: the day off has nothing free; other days do.
    const preview = page.getByRole("region", { name: "What patients see in the next 7 days" });
    const items = preview.getByRole("listitem");
    await expect(items).toHaveCount(7);
    await expect(items.nth(2)).toContainText("No free slots");
    await expect(preview.getByText(/free slots?$/).first()).toBeVisible();
    // Saved: a fresh load shows the new range and the day off.
    await page.reload();
    await expect(page.getByRole("region", { name: "Sunday" }).getByLabel("Start")).toHaveCount(
      before + 1,
    );
    await expect(page.getByLabel("First day").last()).toHaveValue(dayOff);
    await page.context().close();
  });

  test("a patient books, the doctor accepts one request and declines another with a reason", async ({
    browser,
    baseURL,
    request,
  }) => {
    test.setTimeout(120_000);
    const found = await request.get("/api/v1/doctors?q=Kavita%20Deshmukh");
    const doctorId = ((await found.json()) as { data: { id: string }[] }).data[0]!.id;

    const account = {
      email: uniqueEmail("day"),
      password: "Swasth@2026",
      fullName: "Nisha Kulkarni",
    };
    await registerAccount(request, account);
    const patient = await newPage(browser, baseURL!);
    await patient.goto("/login");
    await signIn(patient, account.email, account.password);
    const first = await bookVideo(patient, doctorId);
    const second = await bookVideo(patient, doctorId);
    expect(second).not.toBe(first);

    const doctor = await newPage(browser, baseURL!);
    await doctor.goto("/doctor/appointments");
    await signIn(doctor, requestsDoctor.email, requestsDoctor.password);
    await expect(doctor.getByRole("link", { name: /^Requests \(2\)$/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    const cards = doctor.getByRole("article").filter({ hasText: "Nisha Kulkarni" });
    await expect(cards).toHaveCount(2);
    await cards.first().getByRole("button", { name: "Accept" }).click();
    await expect(doctor.getByText("Request accepted. The patient has been told.")).toBeVisible();
    await expect(doctor.getByRole("link", { name: /^Requests \(1\)$/ })).toBeVisible();

    // Declining needs a reason, beside the field.
    const last = doctor.getByRole("article").filter({ hasText: "Nisha Kulkarni" });
    await last.getByText("Decline", { exact: true }).click();
    await last.getByLabel("Reason").fill("I am in theatre all morning");
    await last.getByRole("button", { name: "Decline request" }).click();
    await expect(doctor.getByText("Request declined. The patient has been told.")).toBeVisible();
    await expect(doctor.getByRole("link", { name: /^Requests \(0\)$/ })).toBeVisible();

    // The patient: the earlier request confirmed, the later one declined with the reason.
    await patient.goto(`/appointments/${first}`);
    await expect(patient.getByRole("article")).toContainText("Upcoming");
    await patient.goto(`/appointments/${second}`);
    const declined = patient.getByRole("article");
    await expect(declined).toContainText("Declined");
    await expect(declined).toContainText("Why the doctor declined");
    await expect(declined).toContainText("I am in theatre all morning");
    await patient.context().close();
    await doctor.context().close();
  });

  test("without JavaScript: a day off over a confirmed booking warns first, and Save anyway keeps it", async ({
    browser,
    baseURL,
    request,
  }) => {
    const bookedDate = await acceptedBooking(request, "Farah Qureshi");
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/doctor/availability");
    await signIn(page, requestsDoctor.email, requestsDoctor.password);
    await page.getByRole("button", { name: "Add days off" }).click();
    await page.getByLabel("First day").last().fill(bookedDate);
    await page.getByRole("button", { name: "Save", exact: true }).click();

    // The first submit only warns: the booking stays, nothing is saved yet.
    await expect(page.getByText("Bookings outside these hours: 1")).toBeVisible();
    await expect(page.getByText(/Farah/)).toContainText("on a day off");
    await expect(page.getByText(/Saving does not change them: these bookings stay/)).toBeVisible();
    await page.getByRole("button", { name: "Save anyway" }).click();
    await expect(page.getByText("Availability saved.")).toBeVisible();
    await expect(page.getByText(/These bookings stay; cancel them yourself/)).toBeVisible();

    // The booking is untouched: still on the doctor's list.
    await page.goto(`/doctor/appointments?tab=upcoming&from=${bookedDate}&to=${bookedDate}`);
    await expect(page.getByRole("article").filter({ hasText: "Farah Qureshi" })).toHaveCount(1);
    await context.close();
  });
});
