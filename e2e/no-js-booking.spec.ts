import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";

// Issue #16, item 2: finding a doctor and booking with JavaScript off (2G, an old phone, a script
// that failed to load). Every step is a plain server-rendered form. Each test books the demo
// cardiologist's late slots of his last bookable day (the other specs book early ones), a
// different slot per test, as a patient of its own.
test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 90_000 });

const password = "Swasth@2026";
const doctorName = "Dr. Vikram Patwardhan";

async function newPatient(request: APIRequestContext, label: string) {
  const account = { email: uniqueEmail(label), password, fullName: `Asha Rao ${label}` };
  await registerAccount(request, account);
  return account;
}

async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  return (await login.json()).data.accessToken as string;
}

/**
 * The last enabled radio of a group, `skip` enabled ones before the end. Waits for the group's
 * page first: without script a Continue is a full page load, and counting at once would count
 * the page being left.
 */
async function lastEnabled(radios: Locator, skip = 0): Promise<Locator> {
  await expect(radios.first()).toBeVisible();
  for (let i = (await radios.count()) - 1; i >= 0; i--) {
    if (!(await radios.nth(i).isEnabled())) continue;
    if (skip-- === 0) return radios.nth(i);
  }
  throw new Error("no enabled option");
}

/** The latest date on which a doctor has at least `min` free video times. */
async function dayWithFreeTimes(
  request: APIRequestContext,
  doctorId: string,
  min: number,
): Promise<string> {
  const free = await request.get(`/api/v1/doctors/${doctorId}/availability`);
  type Day = { date: string; slots: { modes: string[] }[] };
  const days = (await free.json()).data.days as Day[];
  const online = (d: Day) => d.slots.filter((s) => s.modes.includes("online")).length;
  const day = days.filter((d) => online(d) >= min).at(-1);
  if (!day) throw new Error(`no day with ${min} free times`);
  return day.date;
}

async function openProfile(page: Page): Promise<string> {
  await page.goto(`/doctors?q=${encodeURIComponent("Patwardhan")}`);
  await page.getByRole("link", { name: doctorName }).click();
  await expect(page.getByRole("heading", { level: 1, name: doctorName })).toBeVisible();
  return page.url().split("?")[0]!;
}

test("search from the box, keep the profile's slot through the wizard, book it, see it listed", async ({
  page,
  request,
}) => {
  const patient = await newPatient(request, "nojs-book");

  // The list is in the first HTML (no skeleton waiting for script); search from its box.
  await page.goto("/doctors");
  await expect(page.getByRole("article").first()).toBeVisible();
  const box = page.getByLabel("Specialty, name, clinic, city or area");
  await box.fill("Patwardhan");
  await box.press("Enter");
  await expect(page).toHaveURL(/[?&]q=Patwardhan/);
  await page.getByRole("link", { name: doctorName }).click();
  await expect(page.getByRole("heading", { level: 1, name: doctorName })).toBeVisible();

  // On the profile: the last bookable day, its last free time.
  await page
    .getByRole("navigation", { name: "Dates with free slots" })
    .getByRole("link")
    .last()
    .click();
  await expect(page).toHaveURL(/\?date=\d{4}-\d{2}-\d{2}/);
  const slot = page
    .getByRole("list", { name: /^Free times on / })
    .getByRole("link")
    .last();
  const slotName = (await slot.getAttribute("aria-label"))!;
  const slotTime = slotName.slice(-5);
  await slot.click();

  // Booking needs an account: sign in (a plain form post) and come back to the chosen slot.
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await signIn(page, patient.email, password);
  await expect(page).toHaveURL(/\/book\?date=[\d-]+&time=/);
  await expect(page.getByText(`Your chosen time: ${slotName}.`)).toBeVisible();

  // Choosing the consultation type keeps the slot (the doctor offers it at the clinic).
  await page.getByRole("radio", { name: /Clinic visit/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Step 4 of 4")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: slotName })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Clinic visit" })).toBeVisible();
  await page.getByLabel("Main reason for the visit (optional)").fill("Palpitations at night");
  await page.getByRole("button", { name: "Confirm · ₹1,000" }).click();

  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\/confirmed$/);
  const details = page.getByRole("region", { name: "Booking details" });
  await expect(details).toContainText(doctorName);
  await expect(details).toContainText(slotTime);
  await expect(details).toContainText("Clinic visit");

  await page.goto("/appointments");
  const card = page
    .getByRole("article")
    .filter({ hasText: doctorName })
    .filter({ hasText: slotTime })
    .filter({ hasText: "Clinic visit" });
  await expect(card).toHaveCount(1);
});

test("each step says what is missing, Back keeps the choices, a refused reason comes back beside its field", async ({
  page,
  request,
}) => {
  const patient = await newPatient(request, "nojs-steps");
  await page.goto("/login");
  await signIn(page, patient.email, password);
  const profile = await openProfile(page);
  await page.goto(`${profile}/book`);

  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Choose a video consultation or a clinic visit.")).toBeVisible();
  await page.getByRole("radio", { name: /Video consultation/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByText("Step 2 of 4")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Choose one of the dates shown.")).toBeVisible();
  // The latest day that still has a few free video times, so the two picked below exist.
  const date = await dayWithFreeTimes(request, profile.split("/").at(-1)!, 3);
  const day = page
    .getByRole("group", { name: "Choose a date" })
    .locator(`input[type="radio"][value="${date}"]`);
  const dayName = (await day.getAttribute("aria-label"))!;
  await day.check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByText("Step 3 of 4")).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Choose one of the free times shown.")).toBeVisible();
  // Back to the dates: the chosen day is still chosen.
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page.getByText("Step 2 of 4")).toBeVisible();
  await expect(page.getByRole("radio", { name: dayName, exact: true })).toBeChecked();
  await page.getByRole("button", { name: "Continue" }).click();

  const time = await lastEnabled(
    page.getByRole("group", { name: /^Choose a time/ }).getByRole("radio"),
    1,
  );
  const slotName = (await time.getAttribute("aria-label"))!;
  await time.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Step 4 of 4")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: slotName })).toBeVisible();

  // Too long a reason: refused beside the field, with what was typed kept.
  const reason = page.getByLabel("Main reason for the visit (optional)");
  const symptoms = page.getByLabel("Symptoms (optional)");
  await reason.fill("Chest pain ".repeat(50));
  await symptoms.fill("Breathless on stairs.");
  await page.getByRole("button", { name: "Confirm · ₹800" }).click();
  await expect(page.getByText("Keep the main reason under 500 characters.")).toBeVisible();
  await expect(symptoms).toHaveValue("Breathless on stairs.");
  await reason.fill("Chest pain on stairs");
  await page.getByRole("button", { name: "Confirm · ₹800" }).click();
  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\/confirmed$/);
  await expect(page.getByRole("region", { name: "Booking details" })).toContainText(
    slotName.slice(-5),
  );
});

test("a slot taken meanwhile: the last step says so beside fresh times, and another one books", async ({
  page,
  request,
}) => {
  const patient = await newPatient(request, "nojs-race");
  const rival = await newPatient(request, "nojs-rival");
  const found = await request.get(`/api/v1/doctors?q=Patwardhan`);
  const doctorId = ((await found.json()) as { data: { id: string }[] }).data[0]!.id;
  const free = await request.get(`/api/v1/doctors/${doctorId}/availability`);
  const days = (await free.json()).data.days as { date: string; slots: { time: string }[] }[];
  const day = days.filter((d) => d.slots.length > 3).at(-1)!;
  const taken = day.slots.at(-3)!.time.slice(0, 5);

  await page.goto("/login");
  await signIn(page, patient.email, password);
  await page.goto(`/doctors/${doctorId}/book?type=online&date=${day.date}&time=${taken}`);
  await expect(page.getByText("Step 4 of 4")).toBeVisible();

  const booked = await request.post("/api/v1/appointments", {
    headers: { authorization: `Bearer ${await tokenOf(request, rival.email)}` },
    data: { doctorId, date: day.date, time: taken, consultationType: "online" },
  });
  expect(booked.status(), await booked.text()).toBe(201);

  await page.getByRole("button", { name: "Confirm · ₹800" }).click();
  await expect(
    page.getByText("That time was just taken. Please choose another slot."),
  ).toBeVisible();
  const times = page.getByRole("group", { name: /^Choose a time/ }).getByRole("radio");
  await expect(times.first()).toBeVisible();
  await expect(page.getByRole("radio", { name: new RegExp(`, ${taken}$`) })).toHaveCount(0);
  const other = times.first();
  const otherName = (await other.getAttribute("aria-label"))!;
  await other.check();
  await page.getByRole("button", { name: "Confirm · ₹800" }).click();
  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\/confirmed$/);
  await expect(page.getByRole("region", { name: "Booking details" })).toContainText(
    otherName.slice(-5),
  );
});
