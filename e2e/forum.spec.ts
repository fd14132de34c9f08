import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demo, registerAccount, signIn, uniqueEmail } from "./fixtures";

// Issue #14's forum journey: the demo patient posts, the demo doctor replies (with the verified
// badge) and upvotes (a second click takes the one vote back, a third gives it again: never two),
// the patient marks the reply helpful, a third member reports the post, the admin hides it and
// the author reads why. Everything is a plain form post; words come from messages/en.json.
test.describe.configure({ timeout: 180_000 });

const messages = JSON.parse(readFileSync("messages/en.json", "utf8"));
const moderation = messages.AdminModeration;
const notFoundTitle = messages.States.notFound.title as string;

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

test("a patient posts, a doctor replies and upvotes once, the patient marks it helpful, a third member reports it", async ({
  browser,
  request,
}) => {
  const title = `Sugar after meals ${Date.now().toString(36)}`;

  // The patient writes a post from the forum's "New post".
  const patient = await (await browser.newContext()).newPage();
  await signIn(patient, demo.patient.email, demo.patient.password);
  await patient.goto("/forum");
  await expect(patient.getByRole("heading", { level: 1, name: "Health forum" })).toBeVisible();
  expect(await seriousAxeProblems(patient)).toEqual([]);
  await patient.getByRole("link", { name: "New post" }).click();
  await expect(patient).toHaveURL(/\/forum\/new$/);
  // The anonymous box belongs to sensitive topics only.
  await expect(patient.getByLabel("Post anonymously")).toBeHidden();
  await patient.getByRole("radio", { name: "Mental health & stress" }).check();
  await expect(patient.getByLabel("Post anonymously")).toBeVisible();
  await patient.getByRole("radio", { name: "Diabetes, BP & chronic conditions" }).check();
  await expect(patient.getByLabel("Post anonymously")).toBeHidden();
  await patient.getByLabel("Title", { exact: true }).fill(title);
  await patient
    .getByLabel("Details", { exact: true })
    .fill("My sugar goes **above 180** after lunch. What helped you?");
  expect(await seriousAxeProblems(patient)).toEqual([]);
  await patient.getByRole("button", { name: "Publish" }).click();
  await expect(patient).toHaveURL(/\/forum\/[0-9a-f-]{36}\?notice=posted$/);
  await expect(patient.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(patient.getByText("Your post is live.")).toBeVisible();
  await expect(patient.locator("strong", { hasText: "above 180" })).toBeVisible();
  const threadUrl = new URL(patient.url()).pathname;

  // The doctor finds it in the list, replies, and upvotes the post.
  const doctor = await (await browser.newContext()).newPage();
  await signIn(doctor, demo.doctor.email, demo.doctor.password);
  await doctor.goto("/forum?q=sugar+after");
  await doctor.getByRole("link", { name: title }).click();
  await expect(doctor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await doctor.getByLabel("Your reply").fill("Try a 15-minute walk after lunch.");
  await doctor.getByRole("button", { name: "Post reply" }).click();
  await expect(doctor.getByText("Your reply is posted.")).toBeVisible();
  const reply = doctor.getByRole("listitem").filter({ hasText: "Try a 15-minute walk" });
  await expect(reply.getByText("Verified doctor")).toBeVisible();

  const post = doctor.getByRole("article", { name: title });
  await post.getByRole("button", { name: "Upvote (0 upvotes)" }).click();
  await expect(post.getByRole("button", { name: "Remove my upvote (1 upvote)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // The second click takes the one vote back rather than adding a second.
  await post.getByRole("button", { name: "Remove my upvote (1 upvote)" }).click();
  await expect(post.getByRole("button", { name: "Upvote (0 upvotes)" })).toBeVisible();
  await post.getByRole("button", { name: "Upvote (0 upvotes)" }).click();
  await expect(post.getByText("1 person found this helpful")).toBeVisible();
  expect(await seriousAxeProblems(doctor)).toEqual([]);

  // The API agrees: one vote, one reply.
  const api = await request.get(`/api/v1/forum/posts/${threadUrl.split("/").pop()}`);
  expect(api.status()).toBe(200);
  expect((await api.json()).data).toMatchObject({ upvotes: 1, replyCount: 1 });

  // The patient marks the doctor's reply helpful.
  await patient.goto(threadUrl);
  const theirReply = patient.getByRole("listitem").filter({ hasText: "Try a 15-minute walk" });
  await theirReply.getByRole("button", { name: "Mark as helpful" }).click();
  await expect(theirReply.getByText("Helpful", { exact: true })).toBeVisible();
  await expect(theirReply.getByRole("button", { name: "Unmark helpful" })).toBeVisible();

  // A third member reports the post.
  const email = uniqueEmail("forum");
  await registerAccount(request, { email, password: "Forum-Reader-26", fullName: "Ravi Kumar" });
  const third = await (await browser.newContext()).newPage();
  await signIn(third, email, "Forum-Reader-26");
  await third.goto(threadUrl);
  const reported = third.getByRole("article", { name: title });
  await reported.getByText("Report", { exact: true }).click();
  await reported.getByRole("radio", { name: "Spam or advertising" }).check();
  await reported.getByLabel("Details (optional)").fill("Looks like an advert to me.");
  await reported.getByRole("button", { name: "Send report" }).click();
  await expect(third.getByText("Thank you. The moderators will review it.")).toBeVisible();

  // Reporting twice is refused beside the form.
  await third.getByRole("article", { name: title }).getByText("Report", { exact: true }).click();
  await third
    .getByRole("article", { name: title })
    .getByRole("radio", { name: "Something else" })
    .check();
  await third
    .getByRole("article", { name: title })
    .getByRole("button", { name: "Send report" })
    .click();
  await expect(third.getByText("You have already reported this.")).toBeVisible();

  // The admin hides it from the moderation queue; readers lose it and the author is told why.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demo.admin.email, demo.admin.password);
  await admin.goto("/admin/moderation");
  const queued = admin
    .getByRole("article")
    .filter({ has: admin.getByRole("heading", { name: title, exact: true }) });
  const hide = queued.locator("details").filter({ hasText: moderation.hide.title });
  await hide.getByText(moderation.hide.open, { exact: true }).click();
  const why = "Advertising is not allowed in the forum.";
  await hide.getByLabel(moderation.hide.reason).fill(why);
  await hide.getByRole("button", { name: moderation.hide.confirm, exact: true }).click();
  await expect(admin.getByText(moderation.done.hidden)).toBeVisible();

  await third.goto(threadUrl);
  await expect(third.getByRole("heading", { level: 1, name: notFoundTitle })).toBeVisible();
  await patient.goto("/notifications");
  await expect(patient.getByText(why, { exact: false }).first()).toBeVisible();
});

test("a signed-out reader can read but is sent to sign in to write", async ({ page }) => {
  await page.goto("/forum");
  await expect(page.getByRole("heading", { level: 1, name: "Health forum" })).toBeVisible();
  await page.goto("/forum/new");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fforum%2Fnew/);
});
