import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, readMail, signIn, uniqueEmail } from "./fixtures";

// Issue #14's home and help desk: the demo patient lands on /dashboard (next appointment, the 108
// strip); a guest and the patient each send support a message; the admin answers both; the
// patient reads the answer in /help/tickets and the guest gets it by mail. Words: messages/en.json.
test.describe.configure({ timeout: 150_000 });

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

const run = Math.random().toString(36).slice(2, 8);

/** Fills "Send us a message" and returns the ticket number the confirmation shows. */
async function sendMessage(page: Page, subject: string, email?: string): Promise<string> {
  await page.goto("/help");
  const form = page.getByRole("form", { name: "Send message" });
  if (email) await form.getByLabel("Your email address").fill(email);
  await form.getByLabel("Subject").fill(subject);
  await form.getByLabel("Your message").fill(`About ${subject}: please help.`);
  await form.getByRole("button", { name: "Send message" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "Your message is ticket" });
  await expect(confirmation).toBeVisible();
  const number = (await confirmation.textContent())?.match(/#[0-9A-F]{8}/)?.[0];
  expect(number).toBeTruthy();
  return number!;
}

/** The admin answers the ticket with this number from the support desk. */
async function answer(admin: Page, number: string, text: string) {
  await admin.goto("/admin/support");
  await admin.getByRole("link", { name: `Open ticket ${number}` }).click();
  await expect(admin.getByText(number).first()).toBeVisible();
  await admin.getByLabel("Your answer").fill(text);
  await admin.getByRole("button", { name: "Send answer" }).click();
  await expect(admin.getByText("Answer sent; the person has been told.")).toBeVisible();
}

test("the demo patient lands on the home with their next appointment and the 108 strip", async ({
  page,
}) => {
  await signIn(page, demo.patient.email, demo.patient.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(
    page.getByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening), Ananya$/ }),
  ).toBeVisible();
  const upcoming = page.getByRole("region", { name: "Upcoming appointments" });
  await expect(upcoming.getByRole("article").first()).toBeVisible();
  await expect(upcoming.getByRole("link", { name: "View all" })).toHaveAttribute(
    "href",
    "/appointments",
  );
  await expect(page.getByRole("link", { name: "Call 108, emergency ambulance" })).toHaveAttribute(
    "href",
    "tel:108",
  );
  await expect(
    page
      .getByRole("region", { name: "Not feeling well?" })
      .getByRole("link", { name: "Check symptoms" }),
  ).toBeVisible();
  expect(await seriousAxeProblems(page)).toEqual([]);
});

test("a guest and a patient write to support; the admin answers; both get the answer", async ({
  browser,
}) => {
  const guest = await (await browser.newContext()).newPage();
  const guestEmail = uniqueEmail("help");

  // A guest must give an email: the form says so beside the field and keeps what was typed.
  await guest.goto("/help");
  const form = guest.getByRole("form", { name: "Send message" });
  await form.getByLabel("Subject").fill(`Guest question ${run}`);
  await form.getByLabel("Your message").fill("Do you have doctors in Nagpur?");
  await form.getByRole("button", { name: "Send message" }).click();
  await expect(
    guest.getByText("Enter a valid email address so that we can answer you."),
  ).toBeVisible();
  await expect(form.getByLabel("Subject")).toHaveValue(`Guest question ${run}`);
  expect(await seriousAxeProblems(guest)).toEqual([]);
  const guestNumber = await sendMessage(guest, `Guest question ${run}`, guestEmail);

  const patient = await (await browser.newContext()).newPage();
  await signIn(patient, demo.patient.email, demo.patient.password);
  const subject = `Refund question ${run}`;
  const number = await sendMessage(patient, subject);
  await patient.goto("/help/tickets");
  const mine = patient.getByRole("link", { name: new RegExp(subject) });
  await expect(mine).toContainText("Waiting for support");
  await expect(mine).toContainText(number);

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin.email, demo.admin.password);
  await answer(admin, number, `Refunds take 5-7 working days (${run}).`);
  await answer(admin, guestNumber, `Yes, we do (${run}).`);

  await patient.goto("/help/tickets");
  await expect(mine).toContainText("Answered");
  await mine.click();
  await expect(patient.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  const conversation = patient.getByRole("list", { name: "Conversation" });
  await expect(conversation.getByRole("listitem")).toHaveCount(2);
  await expect(conversation.getByRole("listitem").last()).toContainText("SwasthAI support");
  await expect(conversation.getByRole("listitem").last()).toContainText(
    `Refunds take 5-7 working days (${run}).`,
  );

  // Writing again re-opens the conversation for support.
  await patient.getByLabel("Write again").fill("Thank you, it arrived.");
  await patient.getByRole("button", { name: "Send", exact: true }).click();
  await expect(patient.getByText("Sent. Support will answer soon.")).toBeVisible();
  await expect(conversation.getByRole("listitem")).toHaveCount(3);
  await expect(patient.getByText("Waiting for support")).toBeVisible();

  const mail = await readMail(patient.request, guestEmail, /answered your message/);
  expect(mail.text).toContain(`Yes, we do (${run}).`);
  expect(mail.subject).toContain(guestNumber);
});
