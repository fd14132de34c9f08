import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { demo, registerAccount, signIn, uniqueEmail } from "./fixtures";

// X3: a reported forum post is hidden from /admin/moderation, its reports
// settle and its author is told why. The forum's own pages and report API are another module's,
// so the post and its reports are written straight into the run's PostgreSQL database
// (E2E_DATABASE_URL, as CI runs the suite); the embedded database cannot be opened beside the server.
test.describe.configure({ timeout: 120_000 });

const t = JSON.parse(readFileSync("messages/en.json", "utf8")).AdminModeration;
const databaseUrl = process.env.E2E_DATABASE_URL;

const card = (page: Page, title: string) =>
  page
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { name: title, exact: true }) });

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

test("an admin hides a reported post from the queue; the reports settle and the author is told why", async ({
  browser,
  request,
}) => {
  test.skip(!databaseUrl, "needs E2E_DATABASE_URL to write the reported post");
  const sql = postgres(databaseUrl!, { max: 1, onnotice: () => {} });
  try {
    const email = uniqueEmail("forum-author");
    await registerAccount(request, { email, password: "Forum-e2e-2026", fullName: "Meera Author" });
    const title = `Garlic cures diabetes ${randomUUID().slice(0, 8)}`;
    const [post] = await sql<{ id: number; uuid: string }[]>`
      insert into forum_posts (author_id, title, content, category, anonymous_alias)
      select id, ${title}, 'Stop your insulin and eat raw garlic every day.', 'chronic_conditions', 'Calm Sparrow'
      from users where email = ${email}
      returning id, uuid`;
    for (const reporter of [demo.patient.email, demo.doctor.email])
      await sql`
        insert into content_reports (target_type, target_id, reporter_id, reason, details)
        select 'forum_post', ${post!.id}, id, 'misinformation', 'Tells people to stop insulin.'
        from users where email = ${reporter}`;

    // A patient cannot read the queue through the API.
    const login = await request.post("/api/v1/auth/login", {
      data: { email: demo.patient.email, password: demo.patient.password },
    });
    const token = (await login.json()).data.accessToken as string;
    const refused = await request.get("/api/v1/admin/reports", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(403);

    // Streamed pages (this one has a loading skeleton) need JavaScript to swap the skeleton out,
    // so the browser keeps it on; the forms still post and redirect back (post/redirect/get).
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, demo.admin.email, demo.admin.password);

    await page.goto("/admin/moderation");
    await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
    const reported = card(page, title);
    await expect(reported.getByText("Meera Author, shown as “Calm Sparrow”")).toBeVisible();
    await expect(reported.getByText("2 reports in all, 2 open")).toBeVisible();
    await expect(reported.getByText(t.reason.misinformation)).toHaveCount(2);
    expect(await seriousAxeProblems(page)).toEqual([]);

    const hide = reported.locator("details").filter({ hasText: t.hide.title });
    await hide.getByText(t.hide.open, { exact: true }).click();
    const reason = "Stopping insulin is dangerous; this is medical misinformation.";
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

    const reports = await sql<{ status: string; action: string }[]>`
      select status, action from content_reports where target_id = ${post!.id} and target_type = 'forum_post'`;
    expect(reports).toEqual([
      { status: "resolved", action: "hidden" },
      { status: "resolved", action: "hidden" },
    ]);
    const notices = await sql<{ message_key: string; body: string; link: string }[]>`
      select n.message_key, n.body, n.link from notifications n join users u on u.id = n.user_id
      where u.email = ${email}`;
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message_key).toBe("forumPostHidden");
    expect(notices[0]!.body).toContain(reason);
    expect(notices[0]!.body).toContain(title);
    expect(notices[0]!.link).toBe(`/forum/${post!.uuid}`);
  } finally {
    await sql.end();
  }
});
