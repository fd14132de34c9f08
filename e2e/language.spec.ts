import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";

// Issue #16, item 4: the language belongs to the account. Chosen in one browser with the header's
// switcher (a plain form: JavaScript off here), it is the language of a fresh browser after
// signing in there, before anything was chosen in it.
const hi = JSON.parse(readFileSync("messages/hi.json", "utf8")) as {
  Auth: { header: { signOut: string } };
};

test("a language chosen while signed in follows the account to a new browser", async ({
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const account = {
    email: uniqueEmail("language"),
    password: "Bhasha@2026",
    fullName: "Kavita Joshi",
  };
  await registerAccount(request, account);

  const first = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await first.newPage();
  await signIn(page, account.email, account.password);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "हिन्दी" }).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", "hi");
  await page.getByRole("button", { name: hi.Auth.header.signOut }).click();
  await expect(page.getByRole("button", { name: hi.Auth.header.signOut })).toHaveCount(0);
  await first.close();

  // A browser that never saw the choice: English until the account signs in.
  const second = await browser.newContext({ baseURL, locale: "en-IN" });
  const fresh = await second.newPage();
  await fresh.goto("/login");
  await expect(fresh.locator("html")).toHaveAttribute("lang", "en");
  await signIn(fresh, account.email, account.password);
  await expect(fresh.locator("html")).toHaveAttribute("lang", "hi");
  await expect(fresh.getByRole("button", { name: hi.Auth.header.signOut })).toBeVisible();
  await fresh.goto("/");
  await expect(
    fresh.getByRole("heading", { level: 1, name: "इलाज, आपकी अपनी भाषा में" }),
  ).toBeVisible();
  await second.close();
});
