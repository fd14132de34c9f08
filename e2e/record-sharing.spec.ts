import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { demo, signIn } from "./fixtures";

/**
 * Issue 10's consent journey, in English and then in Hindi: the demo patient (who has an
 * appointment with the demo doctor, db/seed/demo.ts) uploads a PDF and a photo, shares both with
 * the doctor for 7 days through the consent page; the doctor opens them from the appointment
 * (preview and download); the patient revokes; the doctor gets 404 for the records and their
 * files; the patient sees the doctor's reads in the access log.
 *
 * The words come from messages/<locale>.json, so the Hindi run proves the pages speak Hindi.
 * Titles are unique per run: other specs use the same demo accounts in parallel.
 */

// One after another: every test here shares the demo patient's records with the demo doctor, and
// a live "all records" share of one test would let the doctor read another's revoked records.
test.describe.configure({ mode: "default" });

type Locale = "en" | "hi";
type Tree = { [key: string]: string | Tree };
const messages = (locale: Locale) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Tree;

/** A message by dotted key, with plain `{name}` arguments filled in. */
function wordsOf(locale: Locale) {
  const tree = messages(locale);
  return (key: string, args: Record<string, string> = {}): string => {
    const value = key.split(".").reduce<string | Tree>((node, part) => {
      const next = typeof node === "string" ? undefined : node[part];
      if (next === undefined) throw new Error(`no message ${key}`);
      return next;
    }, tree);
    if (typeof value !== "string") throw new Error(`${key} is not a message`);
    return value.replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? `{${name}}`);
  };
}

// A one-page PDF and a 1x1 PNG: real bytes, so the server's sniffing takes them.
const pdf = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

const doctorName = "Vikram Patwardhan";
const patientName = "Ananya Joshi";

async function signedIn(
  browser: Browser,
  baseURL: string,
  account: { email: string; password: string },
  locale: Locale,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return { context, page };
}

/**
 * The serious or critical WCAG 2.2 AA problems on the page as it stands: the crawl scans these
 * pages empty, this scans them filled (the consent, a share, records, log rows).
 */
async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

/** Uploads through the API with the page's session (the upload UI has its own spec). */
async function upload(page: Page, title: string, name: string, mimeType: string, buffer: Buffer) {
  const response = await page.request.post("/api/v1/health-records", {
    // A write with the session cookie must say it comes from the app's own origin.
    headers: { origin: new URL(page.url()).origin },
    multipart: { file: { name, mimeType, buffer }, title, recordType: "lab_report" },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

for (const locale of ["en", "hi"] as const) {
  test(`share by consent, read from the appointment, revoke, see the log (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const w = wordsOf(locale);
    const run = `${locale}-${Date.now().toString(36)}`;
    const pdfTitle = `Blood test ${run}`;
    const photoTitle = `Rash photo ${run}`;

    // The patient uploads a PDF and a photo.
    const patient = await signedIn(browser, baseURL!, demo.patient, locale);
    const p = patient.page;
    const pdfId = await upload(p, pdfTitle, "blood-test.pdf", "application/pdf", pdf);
    const photoId = await upload(p, photoTitle, "rash.png", "image/png", png);

    // Shares both with the doctor: only these records, for a consultation, 7 days (the default).
    await p.goto("/records/shares");
    await expect(p.getByRole("heading", { level: 1, name: w("recordShares.title") })).toBeVisible();
    const doctorSelect = p.getByLabel(w("recordShares.form.doctor"), { exact: true });
    const doctorOption = doctorSelect.locator("option", { hasText: doctorName });
    await doctorSelect.selectOption((await doctorOption.getAttribute("value"))!);
    await p.getByLabel(w("recordShares.form.scopeSelected")).check();
    await p.getByLabel(pdfTitle).check();
    await p.getByLabel(photoTitle).check();
    await expect(
      p.getByLabel(w("recordShares.purposes.consultation"), { exact: true }),
    ).toBeChecked();
    await expect(p.getByLabel(w("recordShares.form.days"))).toHaveValue("7");
    await p.getByRole("button", { name: w("recordShares.form.review") }).click();

    // The consent, in plain words, before anything is shared.
    const consent = p.getByRole("region", { name: w("recordShares.consent.heading") });
    await expect(consent).toContainText(w("recordShares.doctorName", { name: doctorName }));
    await expect(consent).toContainText(pdfTitle);
    await expect(consent).toContainText(photoTitle);
    await expect(consent).toContainText(w("recordShares.purposes.consultation"));
    const inAWeek = new Intl.DateTimeFormat(locale === "en" ? "en-IN" : "hi-IN", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "Asia/Kolkata",
    }).format(new Date(Date.now() + 7 * 86_400_000));
    await expect(consent).toContainText(inAWeek);
    await expect(consent).toContainText(w("recordShares.consent.revocable"));
    await expect(consent).toContainText(w("recordShares.consent.logged"));
    expect(await axeProblems(p)).toEqual([]);
    await p.getByRole("button", { name: w("recordShares.consent.confirm") }).click();
    await expect(p).toHaveURL(/notice=shared/);
    await expect(p.getByText(w("recordShares.notices.shared"))).toBeVisible();
    // The share's card (a list item with a heading), not the nested item naming the record.
    const myShare = p
      .getByRole("listitem")
      .filter({ hasText: pdfTitle })
      .filter({ has: p.getByRole("heading") });
    await expect(myShare).toContainText(w("recordShares.list.status.live"));
    expect(await axeProblems(p)).toEqual([]);

    // The doctor opens them from the appointment.
    const doctor = await signedIn(browser, baseURL!, demo.doctor, locale);
    const d = doctor.page;
    await d.goto("/doctor/appointments?tab=upcoming");
    await d
      .getByRole("link", { name: w("DoctorArea.records.linkLabel", { name: patientName }) })
      .first()
      .click();
    await expect(
      d.getByRole("heading", {
        level: 1,
        name: w("DoctorArea.records.title", { name: patientName }),
      }),
    ).toBeVisible();
    expect(await axeProblems(d)).toEqual([]);
    // The record's own page opens for the doctor, read-only, then back to the appointment.
    await d
      .getByRole("link", { name: w("DoctorArea.records.openLabel", { title: pdfTitle }) })
      .click();
    await expect(d).toHaveURL(new RegExp(`/records/${pdfId}$`));
    await expect(d.getByRole("heading", { level: 1, name: pdfTitle })).toBeVisible();
    await d.goBack();

    // Preview: the PDF and the photo inline, with their stored types.
    for (const [title, type] of [
      [pdfTitle, "application/pdf"],
      [photoTitle, "image/png"],
    ] as const) {
      const href = await d
        .getByRole("link", { name: w("DoctorArea.records.previewLabel", { title }) })
        .getAttribute("href");
      const preview = await d.request.get(href!);
      expect(preview.status()).toBe(200);
      expect(preview.headers()["content-type"]).toBe(type);
      expect(preview.headers()["x-content-type-options"]).toBe("nosniff");
      expect(preview.headers()["content-disposition"]).toMatch(/^inline/);
    }
    // Download: the browser saves the PDF, byte for byte.
    const [download] = await Promise.all([
      d.waitForEvent("download"),
      d
        .getByRole("link", { name: w("DoctorArea.records.downloadLabel", { title: pdfTitle }) })
        .click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(pdf)).toBe(true);

    // Before the revocation the same doors answer the doctor (so the 404s below mean something).
    for (const id of [pdfId, photoId]) {
      expect((await d.request.get(`/records/${id}/file`)).status()).toBe(200);
      expect((await d.request.get(`/api/v1/health-records/${id}`)).status()).toBe(200);
    }

    // The patient revokes: the doctor loses the records and their files at once.
    await p.goto("/records/shares");
    await myShare
      .getByRole("button", {
        name: w("recordShares.list.revokeLabel", {
          doctor: w("recordShares.doctorName", { name: doctorName }),
        }),
      })
      .click();
    await expect(p).toHaveURL(/notice=revoked/);
    await expect(p.getByText(w("recordShares.notices.revoked"))).toBeVisible();
    await expect(myShare).toContainText(w("recordShares.list.status.revoked"));

    for (const id of [pdfId, photoId]) {
      expect((await d.request.get(`/records/${id}/file`)).status()).toBe(404);
      expect((await d.request.get(`/records/${id}/file?download=1`)).status()).toBe(404);
      expect((await d.request.get(`/api/v1/health-records/${id}`)).status()).toBe(404);
      expect((await d.request.get(`/api/v1/health-records/${id}/download`)).status()).toBe(404);
    }
    await d.reload();
    await expect(d.getByText(pdfTitle)).toHaveCount(0);
    await expect(d.getByText(photoTitle)).toHaveCount(0);

    // The patient sees the doctor's reads: viewed (listed), previewed and downloaded.
    await p.goto("/records/access-log");
    await expect(
      p.getByRole("heading", { level: 1, name: w("recordShares.log.title") }),
    ).toBeVisible();
    const log = p.getByRole("table");
    const pdfRows = log.getByRole("row").filter({ hasText: pdfTitle });
    const actionCell = (action: string) =>
      p.getByRole("cell", { name: w(`recordShares.log.actions.${action}`), exact: true });
    for (const action of ["view", "preview", "download"]) {
      await expect(pdfRows.filter({ has: actionCell(action) }).first()).toContainText(doctorName);
    }
    // The photo was previewed twice (the preview link, the check before revoking); the refused
    // reads after revoking wrote nothing.
    await expect(
      log
        .getByRole("row")
        .filter({ hasText: photoTitle })
        .filter({ has: actionCell("preview") }),
    ).toHaveCount(2);
    await expect(pdfRows.first()).toContainText(w("recordShares.log.roles.doctor"));
    // Each door is named: the page's preview through the app, the check's read through the API.
    const doorCell = (door: string) =>
      p.getByRole("cell", { name: w(`recordShares.log.doors.${door}`), exact: true });
    await expect(
      pdfRows.filter({ has: actionCell("download") }).filter({ has: doorCell("page") }),
    ).toHaveCount(1);
    await expect(
      pdfRows.filter({ has: actionCell("view") }).filter({ has: doorCell("api") }),
    ).toHaveCount(1);
    expect(await axeProblems(p)).toEqual([]);

    await doctor.context.close();
    await patient.context.close();
  });
}

test("without JavaScript: review, confirm and revoke a share of all records", async ({
  browser,
  baseURL,
}) => {
  const w = wordsOf("en");
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email address").fill(demo.patient.email);
  await page.getByLabel("Password", { exact: true }).fill(demo.patient.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login(?:\?|$)/);

  await page.goto("/records/shares");
  const doctorSelect = page.getByLabel(w("recordShares.form.doctor"), { exact: true });
  const value = await doctorSelect.locator("option", { hasText: doctorName }).getAttribute("value");
  await doctorSelect.selectOption(value!);
  await page.getByLabel(w("recordShares.form.scopeAll")).check();
  await page.getByLabel(w("recordShares.purposes.second_opinion"), { exact: true }).check();
  // A wrong period is refused beside its field, the typed value kept.
  await page.getByLabel(w("recordShares.form.days")).fill("120");
  await page.getByRole("button", { name: w("recordShares.form.review") }).click();
  await expect(page.getByText(w("recordShares.form.errors.days"))).toBeVisible();
  await expect(page.getByLabel(w("recordShares.form.days"))).toHaveValue("120");
  await page.getByLabel(w("recordShares.form.days")).fill("3");
  await page.getByRole("button", { name: w("recordShares.form.review") }).click();

  const consent = page.getByRole("region", { name: w("recordShares.consent.heading") });
  await expect(consent).toContainText(w("recordShares.consent.whatAll"));
  await expect(consent).toContainText(w("recordShares.purposes.second_opinion"));
  await page.getByRole("button", { name: w("recordShares.consent.confirm") }).click();
  await expect(page.getByText(w("recordShares.notices.shared"))).toBeVisible();

  const liveSecondOpinion = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading") })
    .filter({ hasText: "second opinion" })
    .filter({ hasText: w("recordShares.list.status.live") });
  await expect(liveSecondOpinion).toHaveCount(1);
  await liveSecondOpinion.getByRole("button", { name: /Revoke/ }).click();
  await expect(page.getByText(w("recordShares.notices.revoked"))).toBeVisible();
  await expect(liveSecondOpinion).toHaveCount(0);
  await context.close();
});
