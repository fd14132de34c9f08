import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./fixtures";

/**
 * The app on a phone (the Pixel 7 project; @mobile): the header menu with and without JavaScript,
 * the signed-in header on one row, the profile's sticky Book bar, the map's count against its
 * pins, and pages that fit 360 px in English and Hindi without a word cut in half. The desktop
 * project leaves this file out (playwright.config.ts).
 */
const menuButton = (page: Page) => page.locator("header summary");
const menuLink = (page: Page, name: string) =>
  page.locator("header details").getByRole("link", { name, exact: true });

async function firstDoctorId(page: Page): Promise<string> {
  const response = await page.request.get("/api/v1/doctors?pageSize=5");
  expect(response.ok()).toBe(true);
  const { data } = (await response.json()) as {
    data: { id: string; offersOnline: boolean; offersOffline: boolean }[];
  };
  const bookable = data.find((d) => d.offersOnline || d.offersOffline);
  expect(bookable, "a bookable doctor in the demo data").toBeDefined();
  return bookable!.id;
}

async function switchToHindi(page: Page): Promise<void> {
  const url = new URL(page.url() === "about:blank" ? "http://127.0.0.1" : page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "hi", url: url.origin }]);
}

test.describe("phone menu", () => {
  test("opens from the header, navigates and closes; Escape closes it too @mobile", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(menuButton(page)).toHaveText("Menu");
    await expect(menuLink(page, "Find doctors")).toBeHidden();

    await menuButton(page).click();
    await expect(menuLink(page, "Medicines")).toBeVisible();
    await expect(page.getByRole("button", { name: "हिन्दी" }).last()).toBeVisible();
    await menuLink(page, "Find doctors").click();
    await expect(page).toHaveURL(/\/doctors$/);
    await expect(menuLink(page, "Find doctors")).toBeHidden();

    // Keyboard: Enter opens the disclosure, Escape closes it and focus returns to the button.
    await menuButton(page).focus();
    await page.keyboard.press("Enter");
    await expect(menuLink(page, "Articles")).toBeVisible();
    await expect(menuLink(page, "Find doctors")).toHaveAttribute("aria-current", "page");
    await page.keyboard.press("Escape");
    await expect(menuLink(page, "Articles")).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the menu still opens and its links load the page @mobile", async ({ page }) => {
      await page.goto("/");
      await menuButton(page).click();
      await menuLink(page, "Lab tests").click();
      await expect(page).toHaveURL(/\/lab-tests$/);
      await expect(menuLink(page, "Lab tests")).toBeHidden();
    });
  });
});

test("signed in, the header is one row at 360 and 412 px, in English and Hindi @mobile", async ({
  page,
}) => {
  await signIn(page, demo.patient.email, demo.patient.password);
  for (const hindi of [false, true]) {
    if (hindi) await switchToHindi(page);
    for (const width of [360, 412]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/doctors");
      const header = page.locator("header").first();
      const parts = [
        header.locator('a[href="/"]'),
        menuButton(page),
        header.locator('a[href="/notifications"]'),
        header.locator('a[href="/dashboard"]'),
      ];
      const boxes = [];
      for (const part of parts) {
        await expect(part).toBeVisible();
        boxes.push((await part.boundingBox())!);
      }
      const label = `${hindi ? "hi" : "en"} at ${width} px`;
      // One row: every part's vertical middle within a few pixels of the logo's, left to right.
      const middle = (b: { y: number; height: number }) => b.y + b.height / 2;
      for (const box of boxes)
        expect(Math.abs(middle(box) - middle(boxes[0]!)), label).toBeLessThan(6);
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.x, label).toBeGreaterThanOrEqual(boxes[i - 1]!.x + boxes[i - 1]!.width);
      }
      expect(boxes.at(-1)!.x + boxes.at(-1)!.width, label).toBeLessThanOrEqual(width);
      expect((await header.boundingBox())!.height, label).toBeLessThan(72);
    }
  }
  // Sign-out lives in the menu on phones.
  await menuButton(page).click();
  await expect(
    page.locator("header details").getByRole("button", { name: "साइन आउट करें" }),
  ).toBeVisible();
});

test("the profile's Book bar shows without scrolling, above the tab bar, and reaches booking @mobile", async ({
  page,
}) => {
  const id = await firstDoctorId(page);
  await page.goto(`/doctors/${id}`);
  const bar = page.getByRole("complementary", { name: "Booking" });
  const book = bar.getByRole("link", { name: "Book appointment" });
  await expect(book).toBeInViewport();
  await expect(bar).toContainText("₹");
  const tabBar = (await page.getByRole("navigation", { name: "Quick navigation" }).boundingBox())!;
  const barBox = (await bar.boundingBox())!;
  expect(barBox.y + barBox.height).toBeLessThanOrEqual(tabBar.y + 1);

  // At the end of the page the bar rests after the content instead of covering it.
  await page.getByRole("heading", { name: "Next available" }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const slots = (await page.locator("section[aria-labelledby=slots-title]").boundingBox())!;
  const rested = (await bar.boundingBox())!;
  expect(slots.y + slots.height).toBeLessThanOrEqual(rested.y);

  await book.click();
  await expect(page).toHaveURL(
    new RegExp(`/doctors/${id}/book|/login\\?callbackUrl=%2Fdoctors%2F${id}%2Fbook`),
  );
});

test("the map shows as many pins as its count says, all inside the frame @mobile", async ({
  page,
}) => {
  await page.goto("/doctors/map");
  const subtitle = await page.getByText(/clinics? on the map/).textContent();
  const count = Number(/(\d+) clinics? on the map/.exec(subtitle ?? "")?.[1]);
  expect(count).toBeGreaterThan(1);
  const pins = page.locator(".leaflet-marker-icon");
  await expect(pins).toHaveCount(count);
  const frame = (await page
    .getByRole("region", { name: "Map of doctors' clinics" })
    .boundingBox())!;
  for (const box of await pins.evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.left).toBeGreaterThanOrEqual(frame.x);
    expect(box.top).toBeGreaterThanOrEqual(frame.y);
    expect(box.right).toBeLessThanOrEqual(frame.x + frame.width);
    expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height);
  }
});

/** Words (split at spaces and hyphens) in `main` whose letters land on more than one line. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const main = document.querySelector("main")!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (const match of text.matchAll(/[^\s\-‐–—/·,]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const first = rects[0];
        if (first && rects.some((r) => r.top >= first.bottom - 2)) broken.push(match[0]);
      }
    }
    return broken;
  });
}

test("home, doctors and a profile fit 360 px in English and Hindi, no word cut in half @mobile", async ({
  page,
}) => {
  const id = await firstDoctorId(page);
  await page.setViewportSize({ width: 360, height: 780 });
  for (const hindi of [false, true]) {
    if (hindi) {
      await page.goto("/");
      await switchToHindi(page);
    }
    for (const path of ["/", "/doctors", `/doctors/${id}`]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", hindi ? "hi" : "en");
      const where = `${hindi ? "hi" : "en"} ${path}`;
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${where}: page wider than the screen`).toBeLessThanOrEqual(0);
      expect(await brokenWords(page), `${where}: words cut across lines`).toEqual([]);
    }
  }
});
