import { expect, test, type Locator, type Page } from "@playwright/test";

// The demo accounts the e2e server seeds (db/seed/demo.ts).
const patient = { email: "patient@swasthai.dev", password: "Swasth@2026" };
const doctor = { email: "doctor@swasthai.dev", password: "Swasth@2026" };

/** Signs in through the /login form and waits until the browser has left it. */
async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login(?:\?|$)/);
}

/** The first enabled radio of a group, starting at index `from`. */
async function firstEnabled(radios: Locator, from = 0): Promise<Locator> {
  const count = await radios.count();
  for (let i = from; i < count; i++) {
    if (await radios.nth(i).isEnabled()) return radios.nth(i);
  }
  throw new Error("no enabled option");
}

test.describe("appointments", () => {
  test("a patient books, reschedules and cancels a video consultation", async ({ page }) => {
    test.setTimeout(90_000);

    // Search: Cardiology in Pune.
    await page.goto("/doctors");
    await page.getByText("More filters").click();
    await page.getByLabel("Specialty", { exact: true }).selectOption({ label: "Cardiologist" });
    await page.getByLabel("City", { exact: true }).fill("Pune");
    await page.getByRole("button", { name: "Show doctors" }).click();
    await expect(page).toHaveURL(/specialty=cardiologist/);

    // Open the demo cardiologist's profile (offers video and clinic visits).
    await page.getByRole("link", { name: "Dr. Vikram Patwardhan" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Dr. Vikram Patwardhan" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Next available" })).toBeVisible();
    const profileUrl = page.url().split("?")[0]!;

    // Book: signing in first (the booking page sends signed-out visitors to /login and back).
    await page.getByRole("link", { name: "Book appointment" }).click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await signIn(page, patient);
    await expect(page).toHaveURL(/\/book$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Book an appointment" }),
    ).toBeVisible();

    // Step 1: video consultation.
    await page.getByRole("radio", { name: /Video consultation/ }).check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Step 2: tomorrow (index 1 of the strip; today is index 0), or the next day with free slots.
    const dates = page.getByRole("group", { name: "Choose a date" }).getByRole("radio");
    await expect(dates).toHaveCount(14);
    const day = await firstEnabled(dates, 1);
    const dayName = (await day.getAttribute("aria-label"))!;
    const bookedDate = (await day.getAttribute("value"))!;
    await day.check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Step 3: the first free time; its name reads like "Wednesday 25 November, 10:00".
    const times = page.getByRole("group", { name: /^Choose a time/ }).getByRole("radio");
    const first = times.first();
    const slotName = (await first.getAttribute("aria-label"))!;
    expect(slotName).toMatch(new RegExp(`^${dayName}, \\d{2}:\\d{2}$`));
    const slotTime = slotName.slice(-5);
    await first.check();
    await page.getByRole("button", { name: "Continue" }).click();

    // Step 4: review, the reason and symptoms, and confirm.
    await page
      .getByLabel("Main reason for the visit (optional)")
      .fill("Chest tightness on climbing stairs");
    await page
      .getByLabel("Symptoms (optional)")
      .fill("Breathless after two floors since last week.");
    await expect(page.getByText(slotName)).toBeVisible();
    await page.getByRole("button", { name: /^Confirm · ₹800$/ }).click();

    // Confirmation page.
    await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\/confirmed$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Appointment confirmed" }),
    ).toBeVisible();
    const details = page.getByRole("region", { name: "Booking details" });
    await expect(details).toContainText("Dr. Vikram Patwardhan");
    await expect(details).toContainText("Cardiologist");
    await expect(details).toContainText(slotTime);
    await expect(details).toContainText("Video consultation");
    await expect(details).toContainText("₹800");
    await expect(page.getByRole("heading", { name: "What next" })).toBeVisible();

    // Upcoming appointments list.
    await page.getByRole("link", { name: "My appointments" }).first().click();
    await expect(page).toHaveURL(/\/appointments$/);
    const card = page
      .getByRole("article")
      .filter({ hasText: "Dr. Vikram Patwardhan" })
      .filter({ hasText: slotTime })
      .filter({ hasText: "Video consultation" });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("Upcoming");

    // The booked slot is gone from the profile.
    await page.goto(`${profileUrl}?date=${bookedDate}`);
    await expect(page.getByRole("heading", { level: 3, name: dayName })).toBeVisible();
    await expect(page.getByRole("link", { name: slotName, exact: true })).toHaveCount(0);

    // Reschedule to another free slot.
    await page.goto("/appointments");
    await card.getByRole("link", { name: "Reschedule" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new time" })).toBeVisible();
    const newDays = page.getByRole("group", { name: "Choose a date" }).getByRole("radio");
    await (await firstEnabled(newDays, 1)).check();
    const newTimes = page.getByRole("group", { name: /^Choose a time/ }).getByRole("radio");
    const newSlot = newTimes.first();
    const newSlotName = (await newSlot.getAttribute("aria-label"))!;
    expect(newSlotName).not.toBe(slotName);
    await newSlot.check();
    await page.getByRole("button", { name: "Move appointment" }).click();
    await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\?notice=rescheduled$/);
    await expect(page.getByText("Your appointment was moved to the new time.")).toBeVisible();
    await expect(page.getByText(newSlotName.slice(-5), { exact: true })).toBeVisible();

    // The old slot is free again on the profile.
    await page.goto(`${profileUrl}?date=${bookedDate}`);
    await expect(page.getByRole("link", { name: slotName, exact: true })).toBeVisible();

    // Cancel the moved appointment from its detail page (a confirmation step first).
    await page.goto("/appointments");
    const moved = page
      .getByRole("article")
      .filter({ hasText: "Dr. Vikram Patwardhan" })
      .filter({ hasText: newSlotName.slice(-5) })
      .filter({ hasText: "Video consultation" });
    await moved.getByRole("link", { name: /^View details/ }).click();
    await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}$/);
    await page.getByText("Cancel appointment", { exact: true }).click();
    await expect(
      page.getByText("You can cancel until the appointment starts.", { exact: false }),
    ).toBeVisible();
    await page.getByLabel("Reason (optional)").fill("Feeling better");
    await page.getByRole("button", { name: "Yes, cancel appointment" }).click();
    await expect(page.getByText("Your appointment was cancelled.")).toBeVisible();
    await expect(page.getByRole("article")).toContainText("Cancelled");
    await expect(page.getByRole("article")).toContainText("Feeling better");

    // It is listed under Past now.
    await page.goto("/appointments?tab=past");
    await expect(page.getByRole("link", { name: "Past" })).toHaveAttribute("aria-current", "page");
    await expect(
      page
        .getByRole("article")
        .filter({ hasText: newSlotName.slice(-5) })
        .filter({ hasText: "Cancelled" })
        .first(),
    ).toBeVisible();
  });

  test("a patient rates the doctor of a completed visit", async ({ page }) => {
    await page.goto("/appointments?tab=past");
    await signIn(page, patient);
    // The demo patient's general physician visit is completed and not rated yet.
    const visit = page
      .getByRole("article")
      .filter({ hasText: "General Physician" })
      .filter({ hasText: "Completed" })
      .first();
    const doctorName = (await visit.getByRole("heading").textContent())!;
    await visit.getByRole("link", { name: /^View details/ }).click();
    await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}$/);

    const form = page.getByRole("heading", { name: `Rate ${doctorName}` });
    await expect(form).toBeVisible();
    await page.getByRole("radio", { name: "4 stars" }).check();
    await page
      .getByLabel("Review (optional)")
      .fill("Listened patiently and explained the tests clearly.");
    await page.getByLabel("I would recommend this doctor").check();
    await page.getByRole("button", { name: "Submit rating" }).click();
    await expect(page.getByText("Thank you! Your rating helps other patients.")).toBeVisible();
  });

  test("the demo doctor records the outcome of a visit that has started", async ({ page }) => {
    await page.goto("/doctor/appointments?tab=past");
    await signIn(page, doctor);
    await expect(page.getByRole("heading", { level: 1, name: "Appointments" })).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();

    // Visits that started and still need an outcome: today's earlier ones first, then older.
    let outcome = page.getByText("Record outcome", { exact: true });
    if ((await outcome.count()) === 0) {
      await page.getByRole("link", { name: "Today" }).click();
      await expect(page.getByRole("link", { name: "Today" })).toHaveAttribute(
        "aria-current",
        "page",
      );
      outcome = page.getByText("Record outcome", { exact: true });
    }
    // The demo seed leaves one visit from the last working day awaiting its outcome.
    await expect(outcome.first()).toBeVisible();

    // Pin the card by its heading id: it loses the outcome form once the outcome is saved.
    const headingId = await page
      .getByRole("article")
      .filter({ has: outcome.first() })
      .first()
      .getAttribute("aria-labelledby");
    const card = page.getByRole("article").filter({ has: page.locator(`[id="${headingId}"]`) });
    await card.getByText("Record outcome", { exact: true }).click();
    await card
      .getByLabel("Notes (optional)")
      .fill("BP 130/85. Continue medication; review in 4 weeks.");
    await card.getByRole("button", { name: "Mark completed" }).click();
    await expect(card.getByText("Completed", { exact: true })).toBeVisible();
    await expect(card.getByText("Record outcome", { exact: true })).toHaveCount(0);
  });
});
