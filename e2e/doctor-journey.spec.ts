import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { demo, registerAccount, signIn, uniqueEmail } from "./fixtures";
import { w } from "./messages";

/**
 * Issue #11 end to end, in the browser: a new user applies as a doctor with documents; the admin
 * opens the documents and rejects with a reason; the applicant corrects and resubmits; the admin
 * verifies; the doctor sets weekly hours and a day off; a patient books and shares a record; the
 * doctor opens the consultation, sees the shared record and issues a prescription with two
 * medicines; the patient finds it on the appointment and its PDF in their records.
 *
 * The doctor confirms bookings at once with no notice and 10-minute slots, so the patient's first
 * slot starts within 10 minutes: the consultation's room (and its prescription pad) is open at once.
 * Between 23:40 and 23:50 India time the next slot is tomorrow's 00:00 and this would wait.
 */

const password = "Journey-e2e-2026";
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

async function open(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  return context.newPage();
}

/** India's calendar date and weekday `days` from now. */
function indiaDay(days: number): { date: string; weekday: number } {
  const at = new Date(Date.now() + days * 86_400_000 + 5.5 * 3_600_000);
  return { date: at.toISOString().slice(0, 10), weekday: at.getUTCDay() };
}

async function upload(page: Page, kind: string, name: string, buffer: Buffer, type: string) {
  await page.getByLabel(w("DoctorHome.documents.kind")).selectOption(kind);
  await page.getByLabel(w("DoctorHome.documents.file")).setInputFiles({
    name,
    mimeType: type,
    buffer,
  });
  await page.getByRole("button", { name: w("DoctorHome.documents.upload") }).click();
  await expect(page.getByText(w("DoctorHome.onboarding.notices.uploaded"))).toBeVisible();
}

const applicationCard = (page: Page, name: string): Locator =>
  page.getByRole("article").filter({ has: page.getByRole("heading", { name, exact: true }) });

/** One range covering the whole day (00:00-23:50) in 10-minute slots on that weekday. */
async function openAllDay(page: Page, weekday: number) {
  const day = page.getByRole("region", { name: weekdays[weekday] });
  await day.getByRole("button", { name: `Add a range on ${weekdays[weekday]}` }).click();
  await day.getByLabel(w("DoctorAvailability.start")).last().fill("00:00");
  await day.getByLabel(w("DoctorAvailability.end")).last().fill("23:50");
  await day.getByLabel(w("DoctorAvailability.slot")).last().selectOption("10");
}

async function fillMedicine(page: Page, n: number, name: string, dosage: string, days: string) {
  const row = page.getByRole("group", {
    name: w("Consultation.editor.medicineRow", { n: String(n) }),
  });
  await row.getByLabel(w("Consultation.editor.medicine")).fill(name);
  await row.getByLabel(w("Consultation.editor.dosage")).fill(dosage);
  await row.getByLabel(w("Consultation.editor.frequency")).selectOption("twice_daily");
  await row.getByLabel(w("Consultation.editor.duration")).selectOption(days);
}

test("from application to a first prescription", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const doctorName = `Rohan Mehta ${run}`;
  const email = uniqueEmail("journey-doctor");

  // 1. A new user applies as a doctor in the browser, with a certificate and a degree.
  const applicant = await open(browser, baseURL!);
  await registerAccount(applicant.request, { email, password, fullName: doctorName });
  await signIn(applicant, email, password);
  await applicant.goto("/doctor/onboarding");
  await applicant.getByLabel(w("DoctorHome.form.licenseNumber")).fill(`GJ-${run.toUpperCase()}`);
  await applicant.getByLabel(w("DoctorHome.form.registrationCouncil")).selectOption("NMC");
  await applicant
    .getByLabel(w("DoctorHome.form.specialty"), { exact: true })
    .selectOption("general_physician");
  await applicant.getByLabel(w("DoctorHome.form.qualification")).fill("MBBS");
  await applicant.getByLabel(w("DoctorHome.form.experienceYears")).fill("9");
  await applicant.getByLabel(w("DoctorHome.form.feeOnline")).fill("400");
  await applicant.getByLabel(w("DoctorHome.form.feeOffline")).fill("600");
  await applicant.getByLabel(w("DoctorHome.form.clinicName")).fill("Sabarmati Family Clinic");
  await applicant.getByLabel(w("DoctorHome.form.clinicCity"), { exact: true }).fill("Ahmedabad");
  await applicant.getByLabel(w("DoctorHome.form.clinicPincode")).fill("380009");
  await applicant.getByLabel(w("DoctorHome.form.latitude")).fill("23.0365");
  await applicant.getByLabel(w("DoctorHome.form.longitude")).fill("72.5611");
  await applicant.getByRole("button", { name: w("DoctorHome.form.apply") }).click();
  await expect(applicant.getByText(w("DoctorHome.onboarding.notices.applied"))).toBeVisible();
  await upload(applicant, "registration_certificate", "registration.pdf", pdf, "application/pdf");
  await upload(applicant, "degree", "degree.png", png, "image/png");
  const status = applicant.getByRole("region", { name: w("DoctorHome.onboarding.statusHeading") });
  await expect(status.getByText(w("DoctorHome.onboarding.pending"), { exact: true })).toBeVisible();

  // 2. The admin sees both documents (through the authorized route) and rejects with a reason.
  const admin = await open(browser, baseURL!);
  await signIn(admin, demo.admin.email, demo.admin.password);
  await expect(admin).toHaveURL(/\/admin$/);
  await admin.goto("/admin/doctors");
  const application = applicationCard(admin, doctorName);
  for (const kind of ["registration_certificate", "degree"] as const) {
    const link = application.getByRole("link", {
      name: w("Admin.doctors.openDocument", { name: w(`Admin.doctors.kinds.${kind}`) }),
    });
    const file = await admin.request.get((await link.getAttribute("href"))!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-type"]).toBe(
      kind === "degree" ? "image/png" : "application/pdf",
    );
  }
  const reason = "The qualification must name your postgraduate degree";
  await application.getByText(w("Admin.doctors.reject"), { exact: true }).click();
  await application.getByLabel(w("Admin.doctors.reason")).fill(reason);
  await application.getByRole("button", { name: w("Admin.doctors.rejectConfirm") }).click();
  await expect(admin.getByText(w("Admin.doctors.rejected"))).toBeVisible();

  // 3. The applicant reads why, corrects the profile and resubmits: pending again.
  await applicant.goto("/doctor/onboarding");
  await expect(
    status.getByText(w("DoctorHome.onboarding.rejected"), { exact: true }),
  ).toBeVisible();
  await expect(status.getByText(reason)).toBeVisible();
  await status.getByRole("link", { name: w("DoctorHome.onboarding.correctProfile") }).click();
  await expect(applicant).toHaveURL(/\/doctor\/profile$/);
  await applicant
    .getByLabel(w("DoctorHome.form.qualification"))
    .fill("MBBS, MD (General Medicine)");
  await applicant.getByRole("button", { name: w("DoctorHome.form.save") }).click();
  await expect(applicant.getByText(w("DoctorHome.form.saved"))).toBeVisible();
  await applicant.goto("/doctor/onboarding");
  await status.getByRole("button", { name: w("DoctorHome.onboarding.resubmit") }).click();
  await expect(applicant.getByText(w("DoctorHome.onboarding.notices.resubmitted"))).toBeVisible();
  await expect(status.getByText(w("DoctorHome.onboarding.pending"), { exact: true })).toBeVisible();

  // 4. The admin verifies the corrected application: the doctor is listed.
  await admin.goto("/admin/doctors");
  await expect(applicationCard(admin, doctorName)).toContainText("MD (General Medicine)");
  await applicationCard(admin, doctorName)
    .getByRole("button", { name: w("Admin.doctors.verify"), exact: true })
    .click();
  await expect(admin.getByText(w("Admin.doctors.verified"))).toBeVisible();
  const me = await applicant.request.get("/api/v1/doctors/me");
  const doctorId = (await me.json()).data.id as string;
  expect((await admin.request.get(`/api/v1/doctors/${doctorId}`)).status()).toBe(200);

  // 5. The doctor sets weekly hours (today and tomorrow) and a day off (the day after).
  await applicant.goto("/doctor/availability");
  await openAllDay(applicant, indiaDay(0).weekday);
  await openAllDay(applicant, indiaDay(1).weekday);
  await applicant.getByRole("button", { name: w("DoctorAvailability.addOff") }).click();
  await applicant.getByLabel(w("DoctorAvailability.offFrom")).last().fill(indiaDay(2).date);
  await applicant.getByLabel(w("DoctorAvailability.minNotice")).selectOption("0");
  await applicant.getByLabel(w("DoctorAvailability.instantConfirm")).check();
  await applicant.getByRole("button", { name: w("DoctorAvailability.save"), exact: true }).click();
  await expect(applicant.getByText(w("DoctorAvailability.saved"))).toBeVisible();
  const preview = applicant.getByRole("region", { name: w("DoctorAvailability.previewTitle") });
  await expect(preview.getByRole("listitem").nth(2)).toContainText(
    w("DoctorAvailability.previewNone"),
  );

  // 6. A patient books the first free video slot and shares a record for the visit.
  const patientEmail = uniqueEmail("journey-patient");
  const patientName = `Meera Shah ${run}`;
  const patient = await open(browser, baseURL!);
  await registerAccount(patient.request, { email: patientEmail, password, fullName: patientName });
  await signIn(patient, patientEmail, password);
  await patient.goto(`/doctors/${doctorId}/book`);
  await patient.getByRole("radio", { name: /Video consultation/ }).check();
  await patient.getByRole("button", { name: "Continue" }).click();
  await patient.getByRole("group", { name: "Choose a date" }).getByRole("radio").first().check();
  await patient.getByRole("button", { name: "Continue" }).click();
  const times = patient.getByRole("group", { name: /^Choose a time/ }).getByRole("radio");
  // Times are ten minutes apart and the notice is 0, so the first one can start while the test
  // walks to Confirm (the server then asks for another time: CI failed so at 08:40 IST). It has
  // to be the first: the doctor prescribes from 10 minutes before the start. Within a minute of
  // its start, wait for it to pass and the next one to lead.
  const firstStartsInMs = async () => {
    const date = new URL(patient.url()).searchParams.get("date");
    const time = await times.first().getAttribute("value");
    return date && time ? Date.parse(`${date}T${time}:00+05:30`) - Date.now() : Infinity;
  };
  if ((await firstStartsInMs()) < 60_000)
    await expect
      .poll(
        async () => {
          await patient.reload();
          return firstStartsInMs();
        },
        { timeout: 90_000, intervals: [5_000] },
      )
      .toBeGreaterThan(60_000);
  await times.first().check();
  await patient.getByRole("button", { name: "Continue" }).click();
  await patient.getByRole("button", { name: /^Confirm/ }).click();
  await expect(patient).toHaveURL(/\/appointments\/[0-9a-f-]{36}\/confirmed$/);
  const appointmentId = patient.url().split("/").at(-2)!;
  const origin = new URL(patient.url()).origin;
  const recordTitle = `Chest X-ray ${run}`;
  const record = await patient.request.post("/api/v1/health-records", {
    headers: { origin },
    multipart: {
      file: { name: "xray.pdf", mimeType: "application/pdf", buffer: pdf },
      title: recordTitle,
      recordType: "lab_report",
    },
  });
  expect(record.status(), await record.text()).toBe(201);
  const share = await patient.request.post("/api/v1/record-shares", {
    headers: { origin },
    data: { doctorId, appointmentId, recordIds: [(await record.json()).data.id] },
  });
  expect(share.status(), await share.text()).toBe(201);

  // 7. The doctor opens the consultation from the day's list, sees the shared record, prescribes.
  await applicant.goto("/doctor/appointments?tab=today");
  await applicant
    .getByRole("link", { name: w("DoctorArea.bookings.openLabel", { name: patientName }) })
    .click();
  await expect(applicant).toHaveURL(new RegExp(`/doctor/appointments/${appointmentId}$`));
  await expect(
    applicant.getByRole("heading", {
      level: 1,
      name: w("Consultation.title", { name: patientName }),
    }),
  ).toBeVisible();
  await expect(applicant.getByRole("link", { name: recordTitle })).toBeVisible();
  await applicant.getByLabel(w("Consultation.editor.diagnosis")).fill(`Allergic rhinitis ${run}`);
  await fillMedicine(applicant, 1, "Cetirizine 10 mg Tablet", "1 tablet", "5");
  const second = applicant.getByRole("group", {
    name: w("Consultation.editor.medicineRow", { n: "2" }),
  });
  if ((await second.count()) === 0) {
    await applicant.getByRole("button", { name: w("Consultation.editor.addRow") }).click();
  }
  await fillMedicine(applicant, 2, "Paracetamol 650 mg Tablet", "1 tablet", "3");
  await applicant.getByRole("button", { name: w("Consultation.editor.issue") }).click();
  await expect(applicant.getByText(w("Consultation.editor.issued"))).toBeVisible();
  const issued = applicant.getByRole("article").filter({ hasText: `Allergic rhinitis ${run}` });
  const number = /RX-\d{4}-\d{6}/.exec(await issued.getByRole("heading").first().innerText())?.[0];
  expect(number).toBeTruthy();

  // 8. The patient: the prescription on the appointment, and its PDF among the records.
  await patient.goto(`/appointments/${appointmentId}`);
  const mine = patient.getByRole("article").filter({ hasText: `Allergic rhinitis ${run}` });
  await expect(mine).toContainText("Cetirizine 10 mg Tablet");
  await expect(mine).toContainText("Paracetamol 650 mg Tablet");
  const pdfLink = mine.getByRole("link", {
    name: w("Consultation.prescriptions.downloadLabel", { number: number! }),
  });
  const file = await patient.request.get((await pdfLink.getAttribute("href"))!);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await patient.goto("/records");
  await expect(
    patient.getByRole("link", { name: `Prescription ${number}`, exact: true }),
  ).toBeVisible();

  for (const page of [applicant, admin, patient]) await page.context().close();
});
