import { expect, signInAs, test } from "./fixtures";

test("a coordinator edits a roster entry and removes someone unassigned, after being asked @phone", async ({ page }) => {
  await signInAs(page, "coordinator@demo.test");
  const name = `Roster person ${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/speakers", { data: { name, languages: ["fa"], affiliation: "Before" } });
  expect(created.status()).toBe(201);
  await page.goto(`/dashboard/speakers?q=${encodeURIComponent(name)}`);
  const card = page.getByTestId("roster").locator("li", { hasText: name });
  await card.getByText("Edit").click();
  await card.getByLabel("Affiliation").fill("After");
  await card.getByRole("checkbox", { name: "English" }).check();
  await card.getByRole("button", { name: "Save" }).click();
  await expect(card.getByTestId("form-message")).toHaveText("Saved.");
  await expect(card).toContainText("After");
  await expect(card).toContainText("Persian, English");

  await card.getByRole("button", { name: `Remove ${name} from the roster` }).click();
  await expect(page.getByRole("dialog")).toHaveText(/Remove .* from the roster\? This cannot be undone\./);
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByTestId("roster").locator("li", { hasText: name })).toHaveCount(0);
  // Someone still assigned is not removable from here: the card says why.
  await page.goto("/dashboard/speakers?q=Sara%20Jafari");
  await expect(page.getByTestId("roster").locator("li", { hasText: "Sara Jafari" })).toContainText("remove those on the coverage board");
});

test("an organizer edits a local item of their city @phone", async ({ page }) => {
  await signInAs(page, "toronto@demo.test");
  const title = `Doors ${Date.now().toString(36)}`;
  const created = await page.request.post("/api/v1/events/interactive-conference-2027/items", {
    data: { citySlug: "toronto", title, kind: "reception", start: { local: "2027-08-28T10:00", timeZone: "America/Toronto" }, durationMinutes: 30 },
  });
  expect(created.status()).toBe(201);
  await page.goto("/dashboard/events/interactive-conference-2027/cities/toronto");
  const row = page.getByTestId("local-items").locator(`li[data-item-title="${title}"]`);
  await expect(row).toContainText("10:00–10:30 EDT");
  await row.getByText("Edit").click();
  await row.getByLabel(/Starts/).fill("2027-08-28T10:15");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("local-items").locator(`li[data-item-title="${title}"]`)).toContainText("10:15–10:45 EDT");
});

test("an administrator finds an account, sees the cities it runs, and is asked before changing its role @phone", async ({ page }) => {
  await signInAs(page, "admin@demo.test");
  await page.getByLabel("Name or email").fill("paris@demo");
  await page.getByRole("button", { name: "Search" }).click();
  const table = page.getByTestId("users-table");
  await expect(table.locator("tbody tr")).toHaveCount(1);
  const row = table.locator("tbody tr").first();
  await expect(row).toContainText("Paris");
  await expect(row).toContainText("Simultaneous Interactive Conference 2027");
  await row.getByLabel(/Role of/).selectOption("coordinator");
  await row.getByRole("button", { name: /Save the role of/ }).click();
  await expect(page.getByRole("dialog")).toContainText("a coordinator?");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByTestId("users-table").locator("tbody tr").first()).toContainText("city organizer");
  // Disabling asks too.
  await page
    .getByTestId("users-table")
    .getByRole("button", { name: /^Disable / })
    .first()
    .click();
  await expect(page.getByRole("dialog")).toContainText("signed out everywhere");
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
});
