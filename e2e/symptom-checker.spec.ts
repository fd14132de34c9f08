import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";
import { w } from "./messages";

/**
 * #3, the symptom checker: a Hindi emergency goes straight to "call 108" with no question; a
 * signed-in patient's 10-day cough ends in "see a doctor", books a general physician with the
 * check attached, and that doctor reads its summary in the consultation; the whole checker works
 * without JavaScript; every step passes axe in English and Hindi. Words come from messages/*.json.
 */

type Tree = { [key: string]: string | Tree };
const hiTree = JSON.parse(readFileSync("messages/hi.json", "utf8")) as Tree;
/** The Hindi words of a message key, `{name}` filled in. */
function hi(key: string, args: Record<string, string> = {}): string {
  const value = key.split(".").reduce<string | Tree>((node, part) => (node as Tree)[part]!, hiTree);
  return (value as string).replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? `{${name}}`);
}

const gp = "General Physician";
const gpDoctor = { name: "Kavita Deshmukh", email: "doctor.requests@swasthai.dev" };
const password = "Swasth@2026";

async function axeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

async function inLocale(browser: Browser, baseURL: string, locale: "en" | "hi") {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return { context, page: await context.newPage() };
}

/**
 * Answers each question the page asks, one page at a time, with `no` (else `notSure`), until the
 * result shows; checks the "Question N of M" line on the way (and axe on the first question page
 * when asked). How many questions there are is the engine's call (lib/triage), not this test's.
 */
/** Fills the form for a 34-year-old man coughing for 10 days; the check's id from its page. */
async function startTenDayCough(page: Page): Promise<string> {
  await page.getByRole("checkbox", { name: w("SymptomChecker.form.chips.cough") }).check();
  await page.getByLabel(w("SymptomChecker.form.age")).fill("34");
  await page.getByLabel(w("SymptomChecker.form.sex")).selectOption("male");
  await page.getByLabel(w("SymptomChecker.form.duration")).fill("10");
  await page.getByRole("button", { name: w("SymptomChecker.form.submit") }).click();
  await expect(page).toHaveURL(/\/symptom-checker\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

async function answerEach(
  page: Page,
  words: {
    no: string;
    notSure: string;
    next: string;
    progress: (n: number) => RegExp;
    done: string;
  },
  axe = false,
): Promise<number> {
  for (let asked = 0; asked < 6; asked++) {
    const done = page.getByText(words.done, { exact: true });
    await expect(done.or(page.getByRole("radio").first())).toBeVisible();
    if (await done.isVisible()) return asked;
    await expect(page.getByText(words.progress(asked + 1))).toBeVisible();
    if (axe && asked === 0) expect(await axeProblems(page)).toEqual([]);
    const no = page.getByRole("radio", { name: words.no, exact: true });
    const pick =
      (await no.count()) > 0 ? no : page.getByRole("radio", { name: words.notSure, exact: true });
    await pick.check();
    await page.getByRole("button", { name: words.next, exact: true }).click();
    // This question's page is gone before the next look (the next question, or the result).
    await expect(page.getByText(words.progress(asked + 1))).toBeHidden();
  }
  throw new Error("the questions never ended");
}

test("Hindi: chest pain with sweating goes straight to the call-108 screen, no question asked", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await inLocale(browser, baseURL!, "hi");
  await page.goto("/symptom-checker");
  await expect(
    page.getByRole("heading", { level: 1, name: hi("SymptomChecker.title") }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: hi("SymptomChecker.call108") })).toHaveAttribute(
    "href",
    "tel:108",
  );
  expect(await axeProblems(page)).toEqual([]);

  await page.getByLabel(hi("SymptomChecker.form.description")).fill("सीने में दर्द और पसीना");
  await page.getByLabel(hi("SymptomChecker.form.age")).fill("52");
  await page.getByLabel(hi("SymptomChecker.form.sex")).selectOption("male");
  await page.getByRole("button", { name: hi("SymptomChecker.form.submit") }).click();

  const callNow = page.getByRole("heading", { name: hi("SymptomChecker.result.callNow") });
  await expect(callNow).toBeVisible();
  await expect(callNow).toBeFocused();
  const main = page.getByRole("main");
  const call108 = main.getByRole("link", { name: hi("SymptomChecker.result.call108") });
  await expect(call108).toHaveAttribute("href", "tel:108");
  await expect(
    main.getByRole("link", { name: hi("SymptomChecker.result.call112") }),
  ).toHaveAttribute("href", "tel:112");
  // The call block leads: nothing of the result, and no question, comes before it.
  await expect(main.locator('a[href^="tel:"]').first()).toHaveAttribute("href", "tel:108");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(
    page.getByText(hi("SymptomChecker.result.severity.emergency"), { exact: true }),
  ).toBeVisible();
  const resultTitle = page.getByRole("heading", { name: hi("SymptomChecker.result.title") });
  expect((await callNow.boundingBox())!.y).toBeLessThan((await resultTitle.boundingBox())!.y);
  await expect(page).toHaveURL(/\/symptom-checker$/);
  expect(await axeProblems(page)).toEqual([]);
  await context.close();
});

test("Hindi: the question and result pages read in Hindi and pass axe", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await inLocale(browser, baseURL!, "hi");
  await page.goto("/symptom-checker");
  await page.getByRole("checkbox", { name: hi("SymptomChecker.form.chips.cough") }).check();
  await page.getByLabel(hi("SymptomChecker.form.age")).fill("34");
  await page.getByLabel(hi("SymptomChecker.form.sex")).selectOption("female");
  await page.getByLabel(hi("SymptomChecker.form.duration")).fill("10");
  await page.getByRole("button", { name: hi("SymptomChecker.form.submit") }).click();
  await expect(page).toHaveURL(/\/symptom-checker\/[0-9a-f-]{36}$/);
  const asked = await answerEach(
    page,
    {
      no: "नहीं",
      notSure: "पता नहीं",
      next: hi("SymptomChecker.question.next"),
      progress: (n) => new RegExp(`^सवाल ${n} / \\d+$`),
      done: hi("SymptomChecker.result.severity.see_doctor"),
    },
    true,
  );
  expect(asked).toBeGreaterThan(0);
  await expect(page.getByText(hi("SymptomChecker.result.guestNote"))).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);
  await context.close();
});

test("a 10-day cough ends in 'see a doctor', books a general physician, and the doctor reads the summary", async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const account = { email: uniqueEmail("symptoms"), password, fullName: "Meera Nair" };
  await registerAccount(request, account);
  const { context, page } = await inLocale(browser, baseURL!, "en");
  await signIn(page, account.email, account.password);

  // The input page.
  await page.goto("/symptom-checker");
  await expect(
    page.getByRole("heading", { level: 1, name: w("SymptomChecker.title") }),
  ).toBeVisible();
  await expect(page.getByText(w("SymptomChecker.notDiagnosis"))).toBeVisible();
  expect(await axeProblems(page)).toEqual([]);

  // Nothing chosen: told beside the fields, nothing started.
  await page.getByRole("button", { name: w("SymptomChecker.form.submit") }).click();
  await expect(page.getByText(w("SymptomChecker.form.fields.symptoms"))).toBeVisible();
  await expect(page.getByText(w("SymptomChecker.form.fields.age"))).toBeVisible();

  const checkId = await startTenDayCough(page);
  // One question at a time.
  const asked = await answerEach(
    page,
    {
      no: "No",
      notSure: "Not sure",
      next: w("SymptomChecker.question.next"),
      progress: (n) => new RegExp(`^Question ${n} of \\d+$`),
      done: w("SymptomChecker.result.severity.see_doctor"),
    },
    true,
  );
  expect(asked).toBeGreaterThan(0);

  // The saved result: see a doctor, in colour and words, with the specialist.
  await expect(page).toHaveURL(new RegExp(`/symptom-checker/${checkId}$`));
  await expect(
    page.getByText(w("SymptomChecker.result.severity.see_doctor"), { exact: true }),
  ).toBeVisible();
  await expect(page.locator('[data-severity="see_doctor"]')).toBeVisible();
  await expect(
    page.getByRole("heading", { name: w("SymptomChecker.result.advice") }),
  ).toBeVisible();
  const summary = (
    await page
      .getByRole("region", { name: w("SymptomChecker.result.summary") })
      .getByRole("paragraph")
      .innerText()
  ).trim();
  expect(summary).toMatch(/cough/i);
  expect(await axeProblems(page)).toEqual([]);

  // It is in my history.
  await page.goto("/symptom-checker/history");
  await expect(
    page.getByRole("list", { name: w("SymptomChecker.history.listLabel") }),
  ).toContainText(w("SymptomChecker.result.severity.see_doctor"));
  await page.goBack();

  // Book a General Physician: the list is filtered and carries the check into the profile.
  await page
    .getByRole("link", { name: w("SymptomChecker.result.book", { specialty: gp }) })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/doctors\\?specialty=general_physician&check=${checkId}`),
  );
  await expect(page.getByRole("article").first().getByRole("link").first()).toHaveAttribute(
    "href",
    new RegExp(`check=${checkId}`),
  );
  await page.goto(
    `${new URL(page.url()).pathname}${new URL(page.url()).search}&q=${encodeURIComponent(gpDoctor.name)}`,
  );
  await page.getByRole("link", { name: `Dr. ${gpDoctor.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`check=${checkId}`));
  await page.getByRole("link", { name: "Book appointment" }).click();
  await expect(
    page.getByRole("heading", { name: w("SymptomChecker.booking.sharedTitle") }),
  ).toBeVisible();
  await expect(page.getByText(w("SymptomChecker.booking.shared", { summary }))).toBeVisible();

  // The booking steps, as a patient goes through them.
  await page.getByRole("radio", { name: /Video consultation/ }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  const dates = page.getByRole("group", { name: "Choose a date" }).getByRole("radio");
  const count = await dates.count();
  let picked = false;
  for (let i = 1; i < count && !picked; i++) {
    if (await dates.nth(i).isEnabled()) {
      await dates.nth(i).check();
      picked = true;
    }
  }
  expect(picked).toBe(true);
  await page.getByRole("button", { name: "Continue" }).click();
  await page
    .getByRole("group", { name: /^Choose a time/ })
    .getByRole("radio")
    .first()
    .check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: /^Confirm · / }).click();
  await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}\/confirmed$/);
  const appointmentId = page.url().split("/").at(-2)!;
  await context.close();

  // The doctor opens the consultation: the check's summary and urgency are in the patient panel.
  const doctor = await inLocale(browser, baseURL!, "en");
  await signIn(doctor.page, gpDoctor.email, password);
  await doctor.page.goto(`/doctor/appointments/${appointmentId}`);
  const panel = doctor.page.getByRole("region", {
    name: `${w("Consultation.panel.heading")}: ${account.fullName}`,
  });
  await expect(panel).toContainText(w("Consultation.panel.symptomCheck"));
  await expect(panel).toContainText(summary);
  await expect(panel).toContainText(w("Consultation.panel.severities.see_doctor"));
  await doctor.context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a signed-out check: errors beside the fields, a question, the result once, nothing kept", async ({
    page,
    request,
  }) => {
    await page.goto("/symptom-checker");
    await page.getByRole("button", { name: w("SymptomChecker.form.submit") }).click();
    await expect(page.getByText(w("SymptomChecker.form.fields.symptoms"))).toBeVisible();
    await expect(page.getByText(w("SymptomChecker.form.fields.sex"))).toBeVisible();

    const checkId = await startTenDayCough(page);

    // No answer chosen: said beside the question.
    await page
      .getByRole("button", { name: w("SymptomChecker.question.next"), exact: true })
      .click();
    await expect(page.getByText(w("SymptomChecker.form.fields.answer"))).toBeVisible();
    await answerEach(page, {
      no: "No",
      notSure: "Not sure",
      next: w("SymptomChecker.question.next"),
      progress: (n) => new RegExp(`^Question ${n} of \\d+$`),
      done: w("SymptomChecker.result.severity.see_doctor"),
    });
    await expect(page.getByText(w("SymptomChecker.result.guestNote"))).toBeVisible();
    await expect(
      page.getByRole("link", { name: w("SymptomChecker.result.signInToBook", { specialty: gp }) }),
    ).toHaveAttribute("href", /\/login\?callbackUrl=/);
    // Finished, so gone: the id answers 404.
    expect((await request.get(`/api/v1/symptom-checks/${checkId}`)).status()).toBe(404);
  });
});
