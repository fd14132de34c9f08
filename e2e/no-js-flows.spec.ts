import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";
import { w } from "./messages";

/**
 * Issue #16, item 2: the core patient journeys as plain server-rendered forms, in a browser with
 * JavaScript off (an old phone, a script that failed to load on 2G). Each test signs a new patient
 * in through the login form itself, then cancels and reschedules an appointment, uploads a record
 * (and is told what is wrong beside the field) and runs a symptom check to its saved result, with
 * the emergency answer first. Words come from messages/en.json.
 */
test.use({ javaScriptEnabled: false });
test.describe.configure({ timeout: 90_000 });

const password = "NoScript-e2e-2026";

/** A new patient, signed in through the login form (a plain post without JavaScript). */
async function newPatient(page: Page, label: string): Promise<string> {
  const email = uniqueEmail(`nojs-${label}`);
  await registerAccount(page.request, { email, password, fullName: `No Script ${label}` });
  await page.goto("/login");
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return email;
}

/**
 * Books, through the API, the last free clinic slot of the last day an ENT specialist has clinic
 * slots free (far from the other specs' bookings, which take cardiologists, general physicians,
 * video and the first days); the new appointment's id and the doctor's free clinic slots by day,
 * as the API listed them before the booking.
 */
async function bookEnt(request: APIRequestContext, email: string) {
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(login.status(), await login.text()).toBe(200);
  const token = (await login.json()).data.accessToken as string;
  const list = await request.get("/api/v1/doctors?specialty=ent");
  expect(list.status(), await list.text()).toBe(200);
  for (const { id: doctorId } of (await list.json()).data as { id: string }[]) {
    const free = await request.get(`/api/v1/doctors/${doctorId}/availability`);
    const days = (
      (await free.json()).data.days as {
        date: string;
        slots: { time: string; modes: ("online" | "offline")[] }[];
      }[]
    )
      .map((d) => ({ date: d.date, slots: d.slots.filter((x) => x.modes.includes("offline")) }))
      .filter((d) => d.slots.length > 0);
    if (days.length < 3) continue;
    const day = days.at(-1)!;
    const booked = await request.post("/api/v1/appointments", {
      headers: { authorization: `Bearer ${token}` },
      data: { doctorId, date: day.date, time: day.slots.at(-1)!.time, consultationType: "offline" },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    return { id: (await booked.json()).data.id as string, days };
  }
  throw new Error("no ENT specialist with three days of free clinic slots");
}

/** Matches a text that contains `words` as they are. */
function saying(words: string): RegExp {
  return new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/** The radio of `group` whose value is `value`. */
function radioValued(group: Locator, value: string): Locator {
  return group.locator(`input[type="radio"][value="${value}"]`);
}

test("reschedule to another day, then cancel, with JavaScript off", async ({ page }) => {
  const email = await newPatient(page, "appt");
  const { id, days } = await bookEnt(page.request, email);

  await page.goto(`/appointments/${id}`);
  await page.getByRole("link", { name: w("Appointments.actions.reschedule") }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: w("Appointments.reschedule.title") }),
  ).toBeVisible();

  // Another day: pick it in the date strip and ask for its times (a GET form, ?date=).
  const target = days.at(-2)!;
  const dates = page.getByRole("group", { name: w("Appointments.reschedule.dateLegend") });
  await radioValued(dates, target.date).check();
  await page.getByRole("button", { name: w("Appointments.reschedule.showTimes") }).click();
  await expect(page).toHaveURL(new RegExp(`/reschedule\\?date=${target.date}$`));
  await expect(radioValued(dates, target.date)).toBeChecked();
  const times = page.getByRole("group", { name: /^Choose a time · / });
  await expect(times.getByRole("radio")).toHaveCount(target.slots.length);

  // No time chosen: the server says so beside the times (the button is never disabled).
  const move = page.getByRole("button", { name: w("Appointments.reschedule.submit") });
  await expect(move).toBeEnabled();
  await move.click();
  await expect(times).toContainText(w("Booking.errors.fields.time"));

  const newTime = target.slots.at(-1)!.time.slice(0, 5);
  await radioValued(times, newTime).check();
  await move.click();
  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\?notice=rescheduled$/);
  await expect(page.getByText(w("Appointments.notice.rescheduled"))).toBeVisible();
  await expect(page.getByRole("article")).toContainText(newTime);

  // Cancel the moved appointment: the confirmation step is a <details> disclosure.
  await page.getByText(w("Appointments.actions.cancel"), { exact: true }).click();
  await page.getByLabel(w("Appointments.actions.cancelReason")).fill("Feeling better");
  await page.getByRole("button", { name: w("Appointments.actions.cancelConfirm") }).click();
  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\?notice=cancelled$/);
  await expect(page.getByText(w("Appointments.notice.cancelled"))).toBeVisible();
  await expect(page.getByRole("article")).toContainText("Cancelled");
  await expect(page.getByRole("article")).toContainText("Feeling better");
});

test("upload a record with JavaScript off: errors beside the fields, then the record", async ({
  page,
}) => {
  await newPatient(page, "records");
  await page.goto("/records/new");
  const file = page.getByLabel(w("records.upload.file"));
  const title = page.getByLabel(w("records.upload.titleLabel"));
  const submit = page.getByRole("button", { name: w("records.upload.submit") });

  // Nothing filled in: the title and the file each say what they need, in one answer.
  await submit.click();
  await expect(title).toHaveAccessibleDescription(saying(w("records.errors.fields.title")));
  await expect(file).toHaveAccessibleDescription(saying(w("records.upload.chooseFile")));

  // A file but no title: the page comes back without the file, and says to choose it again.
  await file.setInputFiles({ name: "cbc.pdf", mimeType: "application/pdf", buffer: pdf });
  await submit.click();
  await expect(title).toHaveAccessibleDescription(saying(w("records.errors.fields.title")));
  await expect(file).toHaveAccessibleDescription(saying(w("records.upload.chooseAgain")));

  // A title but no file.
  await title.fill("Blood test");
  await page
    .getByLabel(w("records.upload.type"))
    .selectOption({ label: w("records.types.lab_report") });
  await submit.click();
  await expect(file).toHaveAccessibleDescription(saying(w("records.errors.fields.file")));
  await expect(title).toHaveValue("Blood test");

  // HTML that claims to be a PDF: the server reads the bytes and says no, beside the file.
  await file.setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await submit.click();
  await expect(file).toHaveAccessibleDescription(
    saying(w("records.errors.codes.unsupported_media_type")),
  );
  await expect(title).toHaveValue("Blood test");

  // Over the 10 MB cap (but inside what a server action reads): refused beside the file.
  await file.setInputFiles({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25),
  });
  await submit.click();
  await expect(file).toHaveAccessibleDescription(
    saying(w("records.errors.codes.payload_too_large")),
  );

  // Far over it, past what the server reads of a form: back to the form, which says so.
  await file.setInputFiles({
    name: "huge.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.alloc(12 * 1024 * 1024, 0x25),
  });
  await submit.click();
  await expect(page).toHaveURL(/\/records\/new\?refused=too_large$/);
  await expect(file).toHaveAccessibleDescription(saying(w("records.upload.tooLarge")));

  await file.setInputFiles({ name: "cbc.pdf", mimeType: "application/pdf", buffer: pdf });
  await title.fill("Blood test");
  await page
    .getByLabel(w("records.upload.type"))
    .selectOption({ label: w("records.types.lab_report") });
  await submit.click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByText(w("records.detail.created"))).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Blood test" })).toBeVisible();
});

test("a signed-in symptom check with JavaScript off: red flags first, else questions to a saved result", async ({
  page,
}) => {
  await newPatient(page, "checker");
  const main = page.getByRole("main");

  // Chest pain with sweating: the call-108 block leads, and no question is asked.
  await page.goto("/symptom-checker");
  await page.getByLabel(w("SymptomChecker.form.description")).fill("chest pain and sweating");
  await page.getByLabel(w("SymptomChecker.form.age")).fill("52");
  await page.getByLabel(w("SymptomChecker.form.sex")).selectOption("male");
  await page.getByRole("button", { name: w("SymptomChecker.form.submit") }).click();
  await expect(page).toHaveURL(/\/symptom-checker\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole("heading", { name: w("SymptomChecker.result.callNow") }),
  ).toBeVisible();
  await expect(main.locator('a[href^="tel:"]').first()).toHaveAttribute("href", "tel:108");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(
    page.getByText(w("SymptomChecker.result.severity.emergency"), { exact: true }),
  ).toBeVisible();

  // A 10-day cough: one question per page, each a post, to the result kept under the check's id.
  await page.goto("/symptom-checker");
  await page.getByRole("checkbox", { name: w("SymptomChecker.form.chips.cough") }).check();
  await page.getByLabel(w("SymptomChecker.form.age")).fill("34");
  await page.getByLabel(w("SymptomChecker.form.sex")).selectOption("male");
  await page.getByLabel(w("SymptomChecker.form.duration")).fill("10");
  await page.getByRole("button", { name: w("SymptomChecker.form.submit") }).click();
  await expect(page).toHaveURL(/\/symptom-checker\/[0-9a-f-]{36}/);
  const checkPath = new URL(page.url()).pathname;
  const done = page.getByText(w("SymptomChecker.result.severity.see_doctor"), { exact: true });
  for (let asked = 0; !(await done.isVisible()); asked++) {
    expect(asked, "the questions end").toBeLessThan(6);
    const no = page.getByRole("radio", { name: "No", exact: true });
    await ((await no.count()) > 0 ? no : page.getByRole("radio", { name: "Not sure" })).check();
    await page
      .getByRole("button", { name: w("SymptomChecker.question.next"), exact: true })
      .click();
    await expect(done.or(page.getByRole("radio").first())).toBeVisible();
  }
  await expect(page).toHaveURL(new RegExp(`${checkPath}$`));
  await expect(
    main.getByRole("link", {
      name: w("SymptomChecker.result.book", { specialty: "General Physician" }),
    }),
  ).toBeVisible();
  // Kept: the same result on a fresh visit.
  await page.goto(checkPath);
  await expect(done).toBeVisible();
});

// A one-page PDF a viewer can draw.
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n" +
    "trailer<</Root 1 0 R>>\n%%EOF\n",
);

test("a signed-out emergency with JavaScript off: the call-108 block comes back first", async ({
  page,
}) => {
  await page.goto("/symptom-checker");
  await page.getByLabel(w("SymptomChecker.form.description")).fill("chest pain and sweating");
  await page.getByLabel(w("SymptomChecker.form.age")).fill("60");
  await page.getByLabel(w("SymptomChecker.form.sex")).selectOption("female");
  await page.getByRole("button", { name: w("SymptomChecker.form.submit") }).click();
  // Nothing is kept for a signed-out visitor: the answer is this page itself.
  await expect(page).toHaveURL(/\/symptom-checker$/);
  const callNow = page.getByRole("heading", { name: w("SymptomChecker.result.callNow") });
  await expect(callNow).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.locator('a[href^="tel:"]').first()).toHaveAttribute("href", "tel:108");
  const resultTitle = page.getByRole("heading", { name: w("SymptomChecker.result.title") });
  expect((await callNow.boundingBox())!.y).toBeLessThan((await resultTitle.boundingBox())!.y);
  await expect(page.getByRole("radio")).toHaveCount(0);
});
