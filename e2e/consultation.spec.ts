import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";
import { w } from "./messages";

/**
 * D5, the consultation: the demo patient shares a record with the demo doctor for their completed
 * visit (db/seed/demo.ts); the doctor opens the consultation, reads the patient panel and the
 * shared record, writes a prescription with two medicines (one matches the patient's penicillin
 * allergy: warned beside it, then confirmed); the patient finds it on the appointment, downloads
 * the PDF, and finds the PDF in their records. Words come from messages/en.json.
 */

const doctorName = "Vikram Patwardhan";
const patientName = "Ananya Joshi";
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function signedIn(
  browser: Browser,
  baseURL: string,
  account: { email: string; password: string },
) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL }]);
  return { context, page };
}

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

/** The patient's completed visit with the demo doctor, and a record shared with him for it. */
async function shareForVisit(p: Page, title: string) {
  await p.goto("/appointments");
  const origin = new URL(p.url()).origin;
  const list = await p.request.get("/api/v1/appointments?status=completed&pageSize=100");
  const visits = (await list.json()).data as {
    id: string;
    doctor: { id: string; name: string };
  }[];
  const visit = visits.find((a) => a.doctor.name.includes(doctorName));
  expect(visit, "the seeded completed visit with the demo doctor").toBeTruthy();
  const upload = await p.request.post("/api/v1/health-records", {
    headers: { origin },
    multipart: {
      file: { name: "ecg.pdf", mimeType: "application/pdf", buffer: pdf },
      title,
      recordType: "lab_report",
    },
  });
  expect(upload.status(), await upload.text()).toBe(201);
  const recordId = (await upload.json()).data.id as string;
  const share = await p.request.post("/api/v1/record-shares", {
    headers: { origin },
    data: { doctorId: visit!.doctor.id, appointmentId: visit!.id, recordIds: [recordId] },
  });
  expect(share.status(), await share.text()).toBe(201);
  return { appointmentId: visit!.id, shareId: (await share.json()).data.id as string, origin };
}

async function fillMedicine(
  page: Page,
  n: number,
  name: string,
  dosage: string,
  frequency: string,
  days: string,
) {
  const row = page.getByRole("group", {
    name: w("Consultation.editor.medicineRow", { n: String(n) }),
  });
  await row.getByLabel(w("Consultation.editor.medicine")).fill(name);
  await row.getByLabel(w("Consultation.editor.dosage")).fill(dosage);
  await row.getByLabel(w("Consultation.editor.frequency")).selectOption(frequency);
  await row.getByLabel(w("Consultation.editor.duration")).selectOption(days);
}

test("the doctor prescribes in the consultation; the patient gets the prescription and its PDF", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const recordTitle = `ECG ${run}`;
  const patient = await signedIn(browser, baseURL!, demo.patient);
  const p = patient.page;
  const { appointmentId, shareId, origin } = await shareForVisit(p, recordTitle);

  // The doctor opens the consultation: the patient panel and the shared record.
  const doctor = await signedIn(browser, baseURL!, demo.doctor);
  const d = doctor.page;
  await d.goto(`/doctor/appointments/${appointmentId}`);
  await expect(
    d.getByRole("heading", { level: 1, name: w("Consultation.title", { name: patientName }) }),
  ).toBeVisible();
  const panel = d.getByRole("region", {
    name: `${w("Consultation.panel.heading")}: ${patientName}`,
  });
  for (const fact of ["Penicillin", "Hypothyroidism", "B+", "Levothyroxine"]) {
    await expect(panel).toContainText(fact);
  }
  await expect(d.getByRole("link", { name: recordTitle })).toBeVisible();

  // A kept database may hold this visit's prescription already: then this is a correction.
  const correction = d.getByText(w("Consultation.editor.correction"), { exact: true });
  if ((await correction.count()) > 0) await correction.click();
  await d.getByLabel(w("Consultation.editor.diagnosis")).fill(`Acute bronchitis ${run}`);
  await fillMedicine(d, 1, "Amoxicillin 500 mg Capsule", "1 capsule", "thrice_daily", "5");
  await fillMedicine(d, 2, "Paracetamol 650 mg Tablet", "1 tablet", "every_6h", "3");
  await d.getByLabel(w("Consultation.editor.tests")).fill("Complete blood count");
  await d
    .getByLabel(w("Consultation.editor.advice"), { exact: true })
    .fill("Steam inhalation twice a day");
  await d.getByRole("button", { name: w("Consultation.editor.issue") }).click();

  // Amoxicillin is a penicillin: warned beside the medicine, nothing issued, the form kept.
  const warning = w("Consultation.errors.allergy", { allergy: "Penicillin" });
  await expect(d.getByText(warning)).toBeVisible();
  await expect(d.getByLabel(w("Consultation.editor.diagnosis"))).toHaveValue(
    `Acute bronchitis ${run}`,
  );
  await d.getByLabel(w("Consultation.editor.acknowledge")).check();
  await d.getByRole("button", { name: w("Consultation.editor.issue") }).click();
  await expect(d.getByText(w("Consultation.editor.issued"))).toBeVisible();
  const card = d.getByRole("article").filter({ hasText: `Acute bronchitis ${run}` });
  await expect(card).toContainText("Amoxicillin 500 mg Capsule");
  const heading = await card.getByRole("heading", { level: 3 }).innerText();
  const number = /RX-\d{4}-\d{6}/.exec(heading)?.[0];
  expect(number).toBeTruthy();
  expect(await axeProblems(d)).toEqual([]);

  // The patient: the prescription on the appointment, its PDF, and the PDF among the records.
  await p.goto(`/appointments/${appointmentId}`);
  const mine = p.getByRole("article").filter({ hasText: `Acute bronchitis ${run}` });
  for (const text of [
    "Amoxicillin 500 mg Capsule",
    "Paracetamol 650 mg Tablet",
    "Complete blood count",
    "Three times daily",
    "5 days",
  ]) {
    await expect(mine).toContainText(text);
  }
  const download = mine.getByRole("link", {
    name: w("Consultation.prescriptions.downloadLabel", { number: number! }),
  });
  const file = await p.request.get((await download.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");
  expect(await axeProblems(p)).toEqual([]);
  await p.goto("/records");
  await expect(p.getByRole("link", { name: `Prescription ${number}` }).first()).toBeVisible();

  const revoke = await p.request.delete(`/api/v1/record-shares/${shareId}`, {
    headers: { origin },
  });
  expect(revoke.status()).toBe(200);
  await doctor.context.close();
  await patient.context.close();
});

test("the consultation page reads in Hindi and passes axe there too", async ({
  browser,
  baseURL,
}) => {
  const patient = await signedIn(browser, baseURL!, demo.patient);
  const list = await patient.page.request.get("/api/v1/appointments?status=completed&pageSize=100");
  const visit = ((await list.json()).data as { id: string; doctor: { name: string } }[]).find((a) =>
    a.doctor.name.includes(doctorName),
  );
  await patient.context.close();
  const doctor = await signedIn(browser, baseURL!, demo.doctor);
  await doctor.context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: baseURL! }]);
  await doctor.page.goto(`/doctor/appointments/${visit!.id}`);
  await expect(doctor.page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(doctor.page.getByRole("heading", { level: 1 })).toContainText(patientName);
  expect(await axeProblems(doctor.page)).toEqual([]);
  await doctor.context.close();
});
