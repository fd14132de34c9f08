import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, registerAccount, signIn, uniqueEmail } from "./fixtures";

// Issue #14's inbox and notification settings: the demo patient sees the bell's count (the demo
// seed leaves some notices unread), opens the inbox, marks all read; a new patient changes a
// setting and finds it saved after a reload; both pages render in Hindi. Words from messages/*.json.
test.describe.configure({ timeout: 120_000 });

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

const inbox = (page: Page) => page.getByRole("list", { name: "Notifications", exact: true });
const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

test("the demo patient follows the bell to the inbox and marks everything read", async ({
  page,
}) => {
  await signIn(page, demo.patient.email, demo.patient.password);
  await page.goto("/profile");
  await expect(bell(page)).toHaveAccessibleName(/^Notifications, \d+ unread$/);
  const before = (await bell(page).getAttribute("aria-label"))!;

  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  // The seed's unread booking confirmation, with its unread mark for screen readers.
  const confirmed = inbox(page).getByRole("listitem").filter({ hasText: "Appointment confirmed" });
  await expect(confirmed.first()).toContainText("Unread");
  expect(await seriousAxeProblems(page)).toEqual([]);

  await page.getByRole("link", { name: "Unread", exact: true }).click();
  await expect(page).toHaveURL(/filter=unread/);
  await expect(inbox(page).getByRole("listitem").first()).toContainText("Unread");

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: /notifications? marked as read/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "You are all caught up" })).toBeVisible();
  await expect(bell(page)).not.toHaveAccessibleName(before);
  await expect(bell(page)).toHaveAccessibleName("Notifications");

  await page.getByRole("link", { name: "All", exact: true }).click();
  await expect(confirmed.first()).not.toContainText("Unread");
});

test("a new patient changes a setting, sees it saved after a reload, and reads both pages in Hindi", async ({
  page,
  context,
  baseURL,
}) => {
  const email = uniqueEmail("inbox");
  const password = "Inbox@2026";
  await registerAccount(page.request, { email, password, fullName: "Kavya Menon" });
  await signIn(page, email, password);

  await page.goto("/profile");
  await expect(bell(page)).toHaveAccessibleName("Notifications");
  await page.getByRole("link", { name: /Inbox settings/ }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Notification settings" }),
  ).toBeVisible();

  const sms = page.getByRole("checkbox", { name: "SMS" });
  const dailyTip = page.getByRole("checkbox", { name: "A daily health tip" });
  const forum = page.getByRole("checkbox", { name: "Forum replies and helpful marks" });
  await expect(sms).not.toBeChecked();
  await expect(dailyTip).not.toBeChecked();
  await expect(forum).toBeChecked();
  await expect(page.getByText("There is no mobile number on your account")).toBeVisible();
  expect(await seriousAxeProblems(page)).toEqual([]);

  await dailyTip.check();
  await forum.uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page).toHaveURL(/saved=1/);
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(dailyTip).toBeChecked();
  await expect(forum).not.toBeChecked();
  await expect(sms).not.toBeChecked();

  await page.goto("/notifications");
  await expect(page.getByRole("heading", { name: "No notifications yet" })).toBeVisible();

  await context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: baseURL! }]);
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "सूचनाएँ" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "अभी कोई सूचना नहीं" })).toBeVisible();
  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "सूचना सेटिंग" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "रोज़ एक सेहत सुझाव" })).toBeChecked();
});
