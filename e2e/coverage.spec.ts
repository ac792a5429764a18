import { expect, signInAs, test } from "./fixtures";

test("a coordinator fills a gap on the coverage board and the public page shows it", async ({ page }) => {
  await signInAs(page, "coordinator@demo.test");
  await page.goto("/dashboard/events/interactive-conference-2018/coverage");
  const row = page.getByTestId("coverage-board").locator('tr[data-item-title="Lawmakers and personalities: ending impunity"]');
  const french = row.locator('td[data-language="fr"]');
  await expect(french).toContainText("Gap");

  // Keyboard: open the cell's form and fill it without the mouse.
  await french.getByText("Assign…").focus();
  await page.keyboard.press("Enter");
  // The interpreter rule is enforced through the UI too: Camille does not speak English (on stage).
  await french.getByLabel("Person", { exact: true }).selectOption({ label: "Camille Moreau" });
  await french.getByLabel("Role", { exact: true }).selectOption("interpreter");
  await french.getByRole("button", { name: "Assign" }).click();
  await expect(french.getByRole("status")).toContainText("does not speak English");

  await french.getByLabel("Person", { exact: true }).selectOption({ label: "Eric David" });
  // The role chosen before the refusal is still chosen.
  await expect(french.getByLabel("Role", { exact: true })).toHaveValue("interpreter");
  await french.getByRole("button", { name: "Assign" }).click();
  await expect(french.locator("li", { hasText: "Eric David" })).toContainText("interpreter");
  await expect(french).not.toContainText("Gap");
  await french.getByRole("button", { name: "Confirm Eric David" }).click();
  await expect(french.locator(".badge")).toHaveText("confirmed");

  await page.goto("/events/interactive-conference-2018");
  const item = page.locator(".program li", { hasText: "Lawmakers and personalities" });
  await expect(item).toContainText("French: Eric David");
});

test("the run sheet has one page per language with times in the anchor zone and UTC", async ({ page }) => {
  await signInAs(page, "coordinator@demo.test");
  await page.goto("/dashboard/events/interactive-conference-2018/run-sheet");
  const persian = page.locator('section[data-language="fa"]');
  await expect(persian.getByRole("heading", { level: 1 })).toHaveText("Run sheet: Persian");
  await expect(persian.locator("tr", { hasText: "Closing message" })).toContainText("19:40–20:00");
  await expect(persian.locator("tr", { hasText: "Closing message" })).toContainText("17:40–18:00");
  await expect(persian.locator("tr", { hasText: "Closing message" })).toContainText("Maryam Rajavi");
  await expect(page.locator("section.run-sheet")).toHaveCount(4);
});

test("organizers cannot open the board", async ({ page }) => {
  await signInAs(page, "paris@demo.test");
  const response = await page.goto("/dashboard/events/interactive-conference-2018/coverage");
  expect(response?.status()).toBe(403);
});
