import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";
import { w } from "./messages";

// Issue #16, item 6: installable (a manifest Android's "Add to home screen" accepts) and
// resilient (a service worker with an offline page), without ever keeping personal data.

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** A PNG's width and height, from its header. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test("the manifest has what installing needs, and every icon is the size it says", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    "href",
    /manifest\.webmanifest/,
  );
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute(
    "href",
    "/icons/apple-touch-icon.png",
  );
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0f766e");

  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: "SwasthAI",
    short_name: "SwasthAI",
    start_url: "/",
    display: "standalone",
    theme_color: "#0f766e",
    background_color: "#f8fafc",
    lang: "en-IN",
  });
  const png = manifest.icons.filter((icon) => icon.type === "image/png");
  expect(png.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  for (const icon of [...png, { src: "/icons/apple-touch-icon.png", sizes: "180x180" }]) {
    const file = await request.get(icon.src);
    expect(file.headers()["content-type"], icon.src).toBe("image/png");
    expect(pngSize(await file.body()), icon.src).toBe(icon.sizes);
  }
});

/** Waits until the service worker controls the page (it claims open pages when it activates). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 15_000,
  });
}

/** Every URL the site's caches hold, as paths. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });

test("offline, a page shows the offline page and nothing personal comes from a cache @mobile", async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const account = { email: uniqueEmail("pwa"), password: "Offline@2026", fullName: "Arjun Mehta" };
  await registerAccount(request, account);
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, account.email, account.password);
  await controlled(page);

  // Online: a personal page and a personal answer, as a signed-in person sees them.
  await page.goto("/dashboard");
  await expect(page.getByText(/Arjun/).first()).toBeVisible();
  expect(await page.evaluate(() => fetch("/api/v1/users/me").then((r) => r.status))).toBe(200);
  const script = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .find((href) => new URL(href).pathname.startsWith("/_next/static/chunks/"))!,
  );
  // The worker keeps hashed static files as they load: wait until this one is kept.
  await expect
    .poll(async () => (await cachedPaths(page)).includes(new URL(script).pathname))
    .toBe(true);

  const kept = await cachedPaths(page);
  expect(kept.length).toBeGreaterThan(1);
  for (const path of kept) {
    expect(path, "only shared, unchanging files are kept").toMatch(
      /^\/(?:_next\/static\/.+|offline|favicon\.svg|icons\/[\w-]+\.png)$/,
    );
  }

  await context.setOffline(true);
  for (const path of ["/dashboard", "/doctors"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: w("Offline.heading") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "इंटरनेट कनेक्शन नहीं है" })).toBeVisible();
    await expect(page.getByText(/Arjun/)).toHaveCount(0);
  }
  const offline = await page.evaluate(
    async (src) => ({
      api: await fetch("/api/v1/users/me").then(
        (r) => r.status,
        () => "failed",
      ),
      script: await fetch(src).then(
        (r) => r.status,
        () => "failed",
      ),
    }),
    script,
  );
  expect(offline).toEqual({ api: "failed", script: 200 });

  // Back online, "Try again" reloads the page that failed.
  await context.setOffline(false);
  await page.getByRole("link", { name: new RegExp(w("Offline.retry")) }).click();
  await expect(page).toHaveURL(/\/doctors$/);
  await expect(page.getByRole("heading", { level: 1, name: w("Offline.heading") })).toHaveCount(0);
  await context.close();
});

test("the offline page reads in both languages, without a script, and passes axe", async ({
  page,
}) => {
  await page.goto("/offline");
  await expect(page.getByRole("heading", { level: 1, name: w("Offline.heading") })).toBeVisible();
  await expect(page.locator('section[lang="hi"] h2')).toHaveText("इंटरनेट कनेक्शन नहीं है");
  await expect(page.getByRole("link", { name: "108" }).first()).toHaveAttribute("href", "tel:108");
  await expect(page.locator("script")).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
});
