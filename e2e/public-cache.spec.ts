import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

// Signed-out visitors get home, the doctor search and profiles, the article list and articles
// from Next's full-route cache (proxy.ts -> app/cached/[locale]); signed-in visitors get today's
// per-request pages.

interface DoctorCard {
  id: string;
  name: string;
  offersOnline: boolean;
  offersOffline: boolean;
}

/** A verified doctor from the public API (the seeded list, best rated first). */
async function someDoctor(request: APIRequestContext, skip = 0): Promise<DoctorCard> {
  const response = await request.get("/api/v1/doctors?sort=rating&pageSize=20");
  expect(response.ok()).toBe(true);
  const { data } = (await response.json()) as { data: DoctorCard[] };
  return data[skip]!;
}

/** The first free slot the profile offers, as its booking link names it (?date=...&time=...). */
async function firstSlotLink(page: Page) {
  const link = page
    .getByRole("region", { name: "Next available" })
    .locator('a[href*="/book?date="]')
    .first();
  const href = (await link.getAttribute("href"))!;
  const query = new URL(href, "http://x").searchParams;
  return { href, date: query.get("date")!, time: query.get("time")! };
}

/** A published English article's slug from the public API (the seeded list, nth of it). */
async function someArticle(request: APIRequestContext, nth: number): Promise<string> {
  const response = await request.get("/api/v1/articles?locale=en&pageSize=20");
  expect(response.ok()).toBe(true);
  const { data } = (await response.json()) as { data: { slug: string }[] };
  return data[nth]!.slug;
}

/** An article's view count as the admin's list shows it (reading it there counts no view). */
async function viewsOf(admin: Page, slug: string): Promise<number> {
  const response = await admin.request.get(`/api/v1/admin/articles?q=${slug}`);
  expect(response.ok()).toBe(true);
  const { data } = (await response.json()) as { data: { slug: string; views: number }[] };
  return data.find((a) => a.slug === slug)!.views;
}

test.describe("signed-out pages from the page cache", () => {
  test("the second signed-out request is a cache hit, and shared caches are kept out", async ({
    request,
  }) => {
    const path = "/doctors?specialty=cardiologist&city=Pune";
    await request.get(path);
    const second = await request.get(path);
    expect(second.status()).toBe(200);
    // Served from the cache (STALE: served, then rendered afresh after its time limit).
    expect(second.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    expect(second.headers()["cache-control"]).toBe("private, no-cache");
    expect(second.headers()["set-cookie"]).toBeUndefined();
    // The same search spelt differently shares the copy.
    const reordered = await request.get("/doctors?city=Pune&q=&specialty=cardiologist");
    expect(reordered.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    // The internal tree renders only searches spelt as the proxy spells them.
    expect((await request.get("/cached/en/doctors/city%3DPune%26utm%3D1")).status()).toBe(404);
  });

  test("a booking elsewhere takes the slot off the cached profile on the next visit", async ({
    page,
    request,
    browser,
  }) => {
    const doctor = await someDoctor(request);
    await page.goto(`/doctors/${doctor.id}`);
    await expect(page.getByRole("heading", { level: 1, name: doctor.name })).toBeVisible();
    const slot = await firstSlotLink(page);
    // Cached now: a reload is served from the cache and still offers the slot.
    const again = await request.get(`/doctors/${doctor.id}`);
    expect(again.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
    expect(await again.text()).toContain(slot.href.replaceAll("&", "&amp;"));

    // A patient books that slot in another browser.
    const patientContext = await browser.newContext();
    const patientPage = await patientContext.newPage();
    await signIn(patientPage, demo.patient.email, demo.patient.password);
    const booked = await patientPage.request.post("/api/v1/appointments", {
      headers: { origin: new URL(page.url()).origin },
      data: {
        doctorId: doctor.id,
        date: slot.date,
        time: slot.time,
        consultationType: doctor.offersOnline ? "online" : "offline",
      },
    });
    expect(booked.status(), await booked.text()).toBe(201);
    await patientContext.close();

    await expect
      .poll(
        async () => {
          await page.goto(`/doctors/${doctor.id}`);
          return page.locator(`a[href="${slot.href}"]`).count();
        },
        // The copy expires with the booking; the next request renders afresh (0.6 s measured by
        // hand; the time limit is for a machine this busy, where one render can take seconds).
        { timeout: 10_000, intervals: [100] },
      )
      .toBe(0);
  });

  test("a Hindi visitor gets the Hindi copy of the same address", async ({ browser }) => {
    const context = await browser.newContext({ locale: "hi-IN" });
    const page = await context.newPage();
    await page.goto("/doctors");
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await expect(page.getByRole("heading", { level: 1, name: "डॉक्टर खोजें" })).toBeVisible();
    await expect(page.getByRole("link", { name: "साइन इन करें" })).toBeVisible();
    await context.close();
  });

  test("a signed-in visitor gets their own header, and it never reaches the cache", async ({
    page,
    request,
  }) => {
    const doctor = await someDoctor(request, 1);
    await signIn(page, demo.patient.email, demo.patient.password);
    for (const path of ["/", "/doctors", `/doctors/${doctor.id}`]) {
      await page.goto(path);
      await expect(page.getByRole("link", { name: "My account" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Sign in", exact: true })).toHaveCount(0);
    }
    for (const path of ["/", "/doctors", `/doctors/${doctor.id}`]) {
      const html = await (await request.get(path)).text();
      expect(html).toContain("Sign in");
      expect(html).not.toContain("My account");
      expect(html).not.toContain(demo.patient.email);
      expect(html).not.toContain("Ananya Joshi");
    }
  });

  test("a signed-out article and the article list are cache hits, with nothing personal", async ({
    request,
  }) => {
    const slug = await someArticle(request, 2);
    for (const path of [`/articles/${slug}`, "/articles", "/articles?category=nutrition&q="]) {
      await request.get(path);
      const second = await request.get(path);
      expect(second.status()).toBe(200);
      expect(second.headers()["x-nextjs-cache"], path).toMatch(/^(HIT|STALE)$/);
      expect(second.headers()["cache-control"]).toBe("private, no-cache");
      expect(second.headers()["set-cookie"]).toBeUndefined();
    }
    const html = await (await request.get(`/articles/${slug}`)).text();
    expect(html).toContain("Sign in to save");
    expect(html).toContain("Sign in to comment");
    expect(html).not.toContain("My account");
    // The share link is the site's own address (APP_URL), not the cached tree's.
    expect(html).toContain(`value="${test.info().project.use.baseURL}/articles/${slug}"`);
    // A reader's own answer (?notice=) is rendered per request.
    const notice = await request.get(`/articles/${slug}?notice=saved`);
    expect(notice.headers()["x-nextjs-cache"]).toBeUndefined();
  });

  test("a comment posted by a signed-in reader is on the signed-out copy at the next load", async ({
    page,
    request,
  }) => {
    const slug = await someArticle(request, 3);
    await request.get(`/articles/${slug}`);
    expect((await request.get(`/articles/${slug}`)).headers()["x-nextjs-cache"]).toMatch(
      /^(HIT|STALE)$/,
    );
    await signIn(page, demo.patient.email, demo.patient.password);
    const text = `Cached copy check ${Date.now().toString(36)}`;
    const posted = await page.request.post(`/api/v1/articles/${slug}/comments`, {
      headers: { origin: new URL(page.url()).origin },
      data: { body: text },
    });
    expect(posted.status(), await posted.text()).toBe(201);
    await expect
      .poll(async () => (await request.get(`/articles/${slug}`)).text(), {
        timeout: 10_000,
        intervals: [100],
      })
      .toContain(text);
  });

  test("each open of a cached article still counts a view, with and without JavaScript", async ({
    page,
    request,
    browser,
  }) => {
    const slug = await someArticle(request, 4);
    await signIn(page, demo.admin.email, demo.admin.password);
    const before = await viewsOf(page, slug);
    // With JavaScript, from the cached list: a client-side navigation.
    const reader = await browser.newContext();
    const readerPage = await reader.newPage();
    await readerPage.goto("/articles");
    await readerPage.waitForLoadState("networkidle");
    await readerPage.locator(`a[href="/articles/${slug}"]`).first().click();
    await expect(readerPage.getByRole("link", { name: "Sign in to save" })).toBeVisible();
    // Counted after the page is sent: poll until it lands.
    await expect.poll(() => viewsOf(page, slug), { intervals: [100] }).toBe(before + 1);
    await reader.close();
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    await (await noScript.newPage()).goto(`/articles/${slug}`);
    await expect.poll(() => viewsOf(page, slug), { intervals: [100] }).toBe(before + 2);
    await noScript.close();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the cached search and profile show their content", async ({ page }) => {
      await page.goto("/doctors?specialty=cardiologist");
      const first = page.getByRole("link", { name: /^Dr\. / }).first();
      await expect(first).toBeVisible();
      await first.click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("region", { name: "Next available" })).toBeVisible();
    });
  });
});
