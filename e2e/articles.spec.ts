import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

// Issue #14's articles: the demo patient finds a Hindi article by a Hindi word, reads who reviewed
// it, saves it, finds it under saved articles and removes it; the admin writes, publishes and
// unpublishes an article. Words come from messages/en.json; article texts from db/seed.
test.describe.configure({ timeout: 120_000 });

async function seriousAxeProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
}

const hindiTitle = "हाई ब्लड प्रेशर और नमक: ज़्यादा नमक असल में कहाँ से आता है";

test("a patient saves a Hindi article, finds it in saved articles and removes it", async ({
  page,
}) => {
  await signIn(page, demo.patient.email, demo.patient.password);
  await page.goto("/articles?locale=hi");
  await page.getByLabel("Search articles").fill("नमक");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "for “नमक”" })).toBeVisible();
  expect(await seriousAxeProblems(page)).toEqual([]);
  await page.getByRole("link", { name: hindiTitle }).click();

  await expect(page.getByRole("heading", { level: 1, name: hindiTitle })).toBeVisible();
  await expect(
    page.getByText(
      /डॉ\. विक्रम जोशी द्वारा .* को चिकित्सकीय समीक्षा|Medically reviewed by डॉ\. विक्रम जोशी/,
    ),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.getByRole("link", { name: "WHO fact sheet: Salt reduction" })).toHaveAttribute(
    "rel",
    /nofollow/,
  );
  await expect(page.getByRole("link", { name: "Read this article in English" })).toBeVisible();
  expect(await seriousAxeProblems(page)).toEqual([]);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved. Find it under Saved articles.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Saved · Remove" })).toBeVisible();

  await page.goto("/articles/saved");
  const saved = page.getByRole("listitem").filter({ hasText: hindiTitle });
  await expect(saved.getByRole("link", { name: hindiTitle })).toHaveAttribute(
    "href",
    "/articles/hypertension-and-salt-hi",
  );
  await expect(saved.getByText(/Saved on/)).toBeVisible();
  expect(await seriousAxeProblems(page)).toEqual([]);

  await saved.getByRole("button", { name: `Remove “${hindiTitle}” from saved articles` }).click();
  await expect(page.getByText("Removed from your saved articles.")).toBeVisible();
  await expect(page.getByText("You have not saved any articles yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse articles" })).toBeVisible();
});

test("the admin writes and publishes an article, readers see it, and it can be unpublished", async ({
  page,
}) => {
  const slug = `e2e-iron-${Date.now().toString(36)}`;
  const title = "Iron-rich Indian foods for every day";
  await signIn(page, demo.admin.email, demo.admin.password);
  await page.goto("/admin/catalogue");
  await page.getByRole("link", { name: "Health articles" }).click();
  await page.getByRole("link", { name: "Write an article" }).click();

  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Slug (web address)").fill(slug);
  await page
    .getByLabel("Summary", { exact: true })
    .fill("Greens, pulses and jaggery, with vitamin C.");
  await page
    .getByLabel("Body (markdown)")
    .fill("## Why iron\n\nIron carries oxygen in the blood. **Eat** greens and dal every day.");
  await page.getByLabel("Category", { exact: true }).selectOption("nutrition");
  await page.getByLabel("Author", { exact: true }).fill("Dr. Test Writer");
  await page.getByLabel("Reviewed by").fill("Dr. Test Reviewer");
  await page.getByLabel("Reviewed on").fill("2026-03-01");
  await page
    .getByRole("textbox", { name: "Sources", exact: true })
    .fill("WHO fact sheet: Anaemia | https://www.who.int/news-room/fact-sheets/detail/anaemia");
  await page.getByLabel("Suggest booking a").selectOption("gynecologist");
  await page.getByLabel("Publish now (readers can see it)").check();
  await page.getByRole("button", { name: "Save article" }).click();

  await expect(page).toHaveURL(/\/admin\/catalogue\/articles\/[0-9a-f-]+\/edit\?done=created$/);
  await expect(page.getByText("Published: readers see it in the articles.")).toBeVisible();
  expect(await seriousAxeProblems(page)).toEqual([]);
  const editUrl = page.url().replace(/\?.*$/, "");

  await page.getByRole("link", { name: "Open the published article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText("Medically reviewed by Dr. Test Reviewer on 1 Mar 2026"),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Book a Gynecologist" })).toHaveAttribute(
    "href",
    "/doctors?specialty=gynecologist",
  );

  await page.goto(editUrl);
  await page.getByRole("button", { name: "Unpublish (back to draft)" }).click();
  await expect(page.getByText("Unpublished: it is a draft again.")).toBeVisible();
  // The page streams (it has a loading state), so the answer is told by the page, not the status.
  await page.goto(`/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
