import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demo, registerAccount, signIn, uniqueEmail } from "./fixtures";

// X3: a reported forum post is hidden from /admin/moderation, its reports
// settle and its author is told why. The post and the reports are made through the forum's API,
// as members would; the outcome is read back through the API of each person involved.
test.describe.configure({ timeout: 120_000 });

const t = JSON.parse(readFileSync("messages/en.json", "utf8")).AdminModeration;

const card = (page: Page, title: string) =>
  page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) });

async function tokenOf(request: APIRequestContext, email: string, password: string) {
  const login = await request.post("/api/v1/auth/login", { data: { email, password } });
  expect(login.status()).toBe(200);
  return { authorization: `Bearer ${(await login.json()).data.accessToken as string}` };
}

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

test("an admin hides a reported post; the reports settle and the author is told why", async ({
  browser,
  request,
}) => {
  const email = uniqueEmail("forum-author");
  const password = "Forum-e2e-2026";
  await registerAccount(request, { email, password, fullName: "Meera Author" });
  const author = await tokenOf(request, email, password);
  const title = `Stopping my tablets ${randomUUID().slice(0, 8)}`;
  const created = await request.post("/api/v1/forum/posts", {
    headers: author,
    data: {
      title,
      content: "Stop your medicines and eat raw garlic every day, it worked for me.",
      category: "mental_health",
      anonymous: true,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const postId = (await created.json()).data.id as string;
  for (const reporter of [demo.patient, demo.doctor]) {
    const headers = await tokenOf(request, reporter.email, reporter.password);
    const reported = await request.post(`/api/v1/forum/posts/${postId}/report`, {
      headers,
      data: { reason: "misinformation", details: "Tells people to stop their medicines." },
    });
    expect(reported.status(), await reported.text()).toBe(201);
  }

  // A patient cannot read the queue through the API.
  const patient = await tokenOf(request, demo.patient.email, demo.patient.password);
  expect((await request.get("/api/v1/admin/reports", { headers: patient })).status()).toBe(403);

  // Streamed pages (this one has a loading skeleton) need JavaScript to swap the skeleton out, so
  // the browser keeps it on; the forms are still plain posts that redirect back.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demo.admin.email, demo.admin.password);

  await page.goto("/admin/moderation");
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  const reported = card(page, title);
  // Admins see who is behind an anonymous alias.
  await expect(reported.getByText(/^Meera Author, shown as “.+”$/)).toBeVisible();
  await expect(reported.getByText("2 reports in all, 2 open")).toBeVisible();
  await expect(reported.getByText(t.reason.misinformation)).toHaveCount(2);

  const hide = reported.locator("details").filter({ hasText: t.hide.title });
  await hide.getByText(t.hide.open, { exact: true }).click();
  const reason = "Stopping medicines without a doctor is dangerous; this is misinformation.";
  await hide.getByLabel(t.hide.reason).fill(reason);
  await hide.getByRole("button", { name: t.hide.confirm, exact: true }).click();

  await expect(page.getByText(t.done.hidden)).toBeVisible();
  await expect(card(page, title)).toHaveCount(0);
  await page.goto("/admin/moderation?status=resolved");
  const settled = card(page, title);
  await expect(settled.getByText(t.state.hidden, { exact: true })).toBeVisible();
  await expect(settled.getByText(`Moderator's note: ${reason}`)).toHaveCount(2);
  expect(await seriousAxeProblems(page)).toEqual([]);
  await context.close();

  // Both reports are settled as hidden; the post is gone for everyone but its author.
  const admin = await tokenOf(request, demo.admin.email, demo.admin.password);
  const resolved = await request.get("/api/v1/admin/reports?status=resolved&pageSize=100", {
    headers: admin,
  });
  const mine = ((await resolved.json()).data as { target: { id: string } | null; action: string }[])
    .filter((r) => r.target?.id === postId)
    .map((r) => r.action);
  expect(mine).toEqual(["hidden", "hidden"]);
  expect((await request.get(`/api/v1/forum/posts/${postId}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/forum/posts/${postId}`, { headers: author })).status()).toBe(
    200,
  );

  // The author is told why, with a link back to the thread.
  const inbox = await request.get("/api/v1/notifications", { headers: author });
  const notices = (await inbox.json()).data as { body: string; link: string | null }[];
  expect(notices).toHaveLength(1);
  expect(notices[0]!.body).toContain(reason);
  expect(notices[0]!.body).toContain(title);
  expect(notices[0]!.link).toBe(`/forum/${postId}`);
});
