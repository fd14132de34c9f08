import { expect, test } from "@playwright/test";
import { demo, signIn } from "./fixtures";

test.describe("medical history timeline", () => {
  test("the demo patient sees their appointments, filters by kind and opens one", async ({
    page,
  }) => {
    await page.goto("/records/timeline");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await signIn(page, demo.patient.email, demo.patient.password);
    await expect(page).toHaveURL(/\/records\/timeline$/);
    await expect(page.getByRole("heading", { level: 1, name: "Medical history" })).toBeVisible();

    // The seeded visits with the demo cardiologist (one past, one coming up) are on it.
    const visit = page.getByRole("link", { name: "Open Appointment: Dr. Vikram Patwardhan" });
    await expect(visit.first()).toBeVisible();

    // Only appointments: a GET form, so the filter lands in the URL.
    await page.getByRole("checkbox", { name: "Appointment" }).check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/types=appointment/);
    await expect(page.getByRole("checkbox", { name: "Appointment" })).toBeChecked();
    await expect(visit.first()).toBeVisible();
    const items = page.locator("main ol > li");
    await expect(items.first()).toBeVisible();
    for (const item of await items.all()) await expect(item).toContainText("Appointment");

    await visit.first().click();
    await expect(page).toHaveURL(/\/appointments\/[0-9a-f-]{36}$/);
    await expect(page.getByText("Vikram Patwardhan").first()).toBeVisible();
  });
});
