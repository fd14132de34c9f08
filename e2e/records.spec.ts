import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";

// A patient's own records, through the pages: upload with progress, preview, download, edit,
// delete; then the same in Hindi. Each test registers its own patient, so the crawl (which walks
// the demo patient's records) and other tests never see these uploads come and go.
test.describe.configure({ timeout: 90_000 });

const en = JSON.parse(readFileSync("messages/en.json", "utf8")).records;
const hi = JSON.parse(readFileSync("messages/hi.json", "utf8")).records;
const password = "Records-e2e-2026";

// A one-page PDF a viewer can draw, padded past 1 MB so the upload takes a moment.
const pdf = Buffer.concat([
  Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
      "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n" +
      "trailer<</Root 1 0 R>>\n",
  ),
  Buffer.from(`%${"x".repeat(1024 * 1024)}\n%%EOF\n`),
]);
// A 1x1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function newPatient(page: Page, label: string): Promise<void> {
  const email = uniqueEmail(`records-${label}`);
  await registerAccount(page.request, { email, password, fullName: `Records ${label}` });
  await signIn(page, email, password);
}

type Texts = typeof en;

/**
 * Uploads a file through /records/new and waits on the new record's page. The browser's upload is
 * throttled (DevTools network conditions) so the test sees the bar move as on a slow connection;
 * intercepting the request instead would hide the upload progress events from the page.
 */
async function upload(
  page: Page,
  t: Texts,
  file: { name: string; mimeType: string; buffer: Buffer },
  meta: { title: string; type: string },
): Promise<string> {
  await page.goto("/records/new");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 512 * 1024,
  });
  await page.getByLabel(t.upload.file).setInputFiles(file);
  await page.getByLabel(t.upload.titleLabel).fill(meta.title);
  await page.getByLabel(t.upload.type).selectOption({ label: meta.type });
  await page.getByRole("button", { name: t.upload.submit }).click();
  if (file.buffer.byteLength > 512 * 1024) {
    // Partway: the bar is there, labelled, and its spoken percentage has moved past 0.
    await expect(page.getByRole("progressbar", { name: t.upload.progressLabel })).toBeVisible();
    const partway = new RegExp(`^${t.upload.progress.replace("{percent}", "[1-9]\\d")}$`);
    await expect(page.getByRole("status").filter({ hasText: partway })).toBeVisible();
  }
  await page.waitForURL(/\/records\/[0-9a-f-]{36}\?created=1$/);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await cdp.detach();
  await expect(page.getByText(t.detail.created)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: meta.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Clicks Download and checks the name the browser suggests and the bytes it saves. */
async function expectDownload(page: Page, t: Texts, name: string, bytes: Buffer) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: t.detail.download }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(name);
  expect(readFileSync((await download.path())!).equals(bytes)).toBe(true);
}

test("a patient uploads a PDF and a photo, previews and downloads both, edits one and deletes the other", async ({
  page,
}) => {
  await newPatient(page, "en");
  await page.goto("/records");
  await expect(page.getByRole("heading", { name: en.empty.title })).toBeVisible();
  await page.getByRole("link", { name: en.empty.action }).click();
  await expect(page).toHaveURL(/\/records\/new$/);

  // The PDF: previewed in a frame (served inline, with its stored type), then downloaded.
  const pdfPreview = page.waitForResponse((r) => /\/records\/[^/]+\/file$/.test(r.url()));
  const pdfPath = await upload(
    page,
    en,
    { name: "report.pdf", mimeType: "application/pdf", buffer: pdf },
    { title: "Blood test March", type: en.types.lab_report },
  );
  const pdfAnswer = await pdfPreview;
  expect(pdfAnswer.status()).toBe(200);
  expect(pdfAnswer.headers()["content-type"]).toBe("application/pdf");
  expect(pdfAnswer.headers()["x-content-type-options"]).toBe("nosniff");
  await expect(page.locator(`iframe[title="Preview of Blood test March"]`)).toBeVisible();
  await expectDownload(page, en, "Blood test March.pdf", pdf);

  // The photo: previewed in an <img> that really decodes, then downloaded. Its own file only: the
  // PDF viewer of the page just left may still fetch the PDF (seen once in CI).
  const pngPreview = page.waitForResponse(
    (r) => /\/records\/[^/]+\/file$/.test(r.url()) && !r.url().includes(`${pdfPath}/`),
  );
  const pngPath = await upload(
    page,
    en,
    { name: "rx.png", mimeType: "image/png", buffer: png },
    { title: "Prescription photo", type: en.types.prescription },
  );
  const pngAnswer = await pngPreview;
  expect(pngAnswer.status()).toBe(200);
  expect(pngAnswer.headers()["content-type"]).toBe("image/png");
  const image = page.getByRole("img", { name: "Preview of Prescription photo" });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expectDownload(page, en, "Prescription photo.png", png);

  // Both are listed; the type chip narrows the list.
  await page.goto("/records");
  await expect(page.getByRole("link", { name: "Blood test March", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Prescription photo", exact: true })).toBeVisible();
  // Each card downloads its file and offers to share it, without opening the record.
  const [fromCard] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download Prescription photo", exact: true }).click(),
  ]);
  expect(fromCard.suggestedFilename()).toBe("Prescription photo.png");
  expect(readFileSync((await fromCard.path())!).equals(png)).toBe(true);
  await expect(
    page.getByRole("link", { name: "Share Blood test March with a doctor", exact: true }),
  ).toHaveAttribute("href", `/records/shares?record=${pdfPath.split("/").pop()}`);
  await page
    .getByRole("navigation", { name: en.filters.types })
    .getByRole("link", { name: en.types.lab_report })
    .click();
  await expect(page.getByRole("link", { name: "Blood test March", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Prescription photo", exact: true })).toHaveCount(0);

  // Edit the PDF's title.
  await page.goto(pdfPath);
  await page.getByRole("link", { name: en.detail.edit }).click();
  await page.getByLabel(en.upload.titleLabel).fill("Blood test, March");
  await page.getByRole("button", { name: en.detail.save }).click();
  await expect(page.getByText(en.detail.saved)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Blood test, March" })).toBeVisible();

  // Delete the photo: a confirm step, then back to the list without it.
  await page.goto(pngPath);
  await page.getByRole("link", { name: en.detail.delete }).click();
  await expect(page.getByRole("heading", { name: en.detail.deleteTitle })).toBeVisible();
  await page.getByRole("button", { name: en.detail.deleteConfirm }).click();
  await expect(page).toHaveURL(/\/records\?deleted=1$/);
  await expect(page.getByText(en.detail.deleted)).toBeVisible();
  await expect(page.getByRole("link", { name: "Prescription photo", exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Blood test, March", exact: true })).toBeVisible();
  // Its file is gone with it.
  expect((await page.request.get(`${pngPath}/file`)).status()).toBe(404);
});

test("the upload explains a refused file beside the field: too large before sending, wrong bytes after", async ({
  page,
}) => {
  await newPatient(page, "errors");
  await page.goto("/records/new");
  const field = page.getByLabel(en.upload.file);
  let sent = 0;
  page.on("request", (r) => {
    if (r.url().endsWith("/api/v1/health-records") && r.method() === "POST") sent += 1;
  });

  await field.setInputFiles({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x25),
  });
  await expect(field).toHaveAccessibleDescription(new RegExp(en.upload.tooLarge));
  await page.getByLabel(en.upload.titleLabel).fill("Too big");
  await page.getByLabel(en.upload.type).selectOption({ label: en.types.other });
  await page.getByRole("button", { name: en.upload.submit }).click();
  await expect(field).toBeFocused();
  expect(sent).toBe(0);

  // HTML that claims to be a PDF: the server reads the bytes and says no (415).
  await field.setInputFiles({
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("<html><script>alert(1)</script></html>"),
  });
  await page.getByRole("button", { name: en.upload.submit }).click();
  await expect(field).toHaveAccessibleDescription(new RegExp(en.upload.wrongType));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    en.errors.codes.unsupported_media_type,
  );
  // What was typed is still there to try again.
  await expect(page.getByLabel(en.upload.titleLabel)).toHaveValue("Too big");
  expect(sent).toBe(1);
});

test("the same in Hindi: upload with progress, preview, download, delete", async ({ page }) => {
  await newPatient(page, "hi");
  await page
    .context()
    .addCookies([{ name: "NEXT_LOCALE", value: "hi", url: test.info().project.use.baseURL! }]);
  await page.goto("/records");
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await expect(page.getByRole("heading", { name: hi.empty.title })).toBeVisible();

  const preview = page.waitForResponse((r) => /\/records\/[^/]+\/file$/.test(r.url()));
  const path = await upload(
    page,
    hi,
    { name: "parcha.pdf", mimeType: "application/pdf", buffer: pdf },
    { title: "डॉक्टर का पर्चा", type: hi.types.prescription },
  );
  const answer = await preview;
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("application/pdf");
  await expect(
    page.locator(`iframe[title="${hi.detail.previewOf.replace("{title}", "डॉक्टर का पर्चा")}"]`),
  ).toBeVisible();
  await expectDownload(page, hi, "डॉक्टर का पर्चा.pdf", pdf);

  await page.getByRole("link", { name: hi.detail.delete }).click();
  await page.getByRole("button", { name: hi.detail.deleteConfirm }).click();
  await expect(page.getByText(hi.detail.deleted)).toBeVisible();
  await expect(page.getByRole("heading", { name: hi.empty.title })).toBeVisible();
  expect((await page.request.get(`${path}/file`)).status()).toBe(404);
});

test("without JavaScript the upload form still files the record through the server action", async ({
  browser,
}) => {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const email = uniqueEmail("records-nojs");
  await registerAccount(page.request, { email, password, fullName: "Records NoJS" });
  // The sign-in form needs no JavaScript either.
  await signIn(page, email, password);
  await page.goto("/records/new");
  await page
    .getByLabel(en.upload.file)
    .setInputFiles({ name: "note.png", mimeType: "image/png", buffer: png });
  await page.getByLabel(en.upload.titleLabel).fill("Clinic note");
  await page.getByLabel(en.upload.type).selectOption({ label: en.types.doctor_note });
  await page.getByRole("button", { name: en.upload.submit }).click();
  // The action answers with a redirect to the new record. (That page streams behind its loading
  // state, which needs JavaScript to swap in, so the record is checked through the API.)
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\?created=1$/);
  const id = /\/records\/([0-9a-f-]{36})/.exec(page.url())![1];
  const listed = await page.request.get("/api/v1/health-records");
  expect(listed.status()).toBe(200);
  const { data } = (await listed.json()) as { data: { id: string; title: string }[] };
  expect(data.map((r) => [r.id, r.title])).toEqual([[id, "Clinic note"]]);
  await context.close();
});
