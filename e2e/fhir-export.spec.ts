import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { registerAccount, signIn, uniqueEmail } from "./fixtures";

const password = "Fhir-e2e-2026";

test("the profile page downloads my data as a FHIR R4 Bundle, and offers it in Hindi", async ({
  page,
  request,
  context,
  baseURL,
}) => {
  const email = uniqueEmail("fhir");
  await registerAccount(request, { email, password, fullName: "Meera Nair" });
  await signIn(page, email, password);

  await page.goto("/profile");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download as FHIR R4 \(for other health apps\)/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^swasthai-fhir-\d{4}-\d{2}-\d{2}\.json$/);
  const bundle = JSON.parse(await readFile(await download.path(), "utf8")) as {
    resourceType: string;
    type: string;
    entry: { fullUrl: string; resource: { resourceType: string; name?: { text: string }[] } }[];
  };
  expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
  expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(["Patient"]);
  expect(bundle.entry[0]!.resource.name).toEqual([{ text: "Meera Nair" }]);
  expect(JSON.stringify(bundle)).toContain(email);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "hi", url: baseURL! }]);
  await page.goto("/profile");
  await expect(
    page.getByRole("link", { name: /FHIR R4 में डाउनलोड करें \(दूसरे स्वास्थ्य ऐप्स के लिए\)/ }),
  ).toHaveAttribute("href", "/api/v1/users/me/export?format=fhir");
});
