import { expect, test } from "@playwright/test";

test.describe("public event page", () => {
  test("lists every approved city at its own local start @phone", async ({ page }) => {
    await page.goto("/events/interactive-conference-2018");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Simultaneous Interactive Conference/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    const table = page.getByTestId("city-table");
    await expect(table.locator("tbody tr")).toHaveCount(18);
    await expect(table.locator('tr[data-city="toronto"] td').first()).toContainText("11:00 EDT");
    await expect(table.locator('tr[data-city="paris"] td').first()).toContainText("17:00 CEST");
    await expect(table.locator('tr[data-city="vancouver"] td').first()).toContainText("08:00 PDT");
    await expect(page.getByTestId("anchor-time")).toContainText("17:00–20:00 CEST");
  });

  test("shows the start in the viewer's own zone", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/Toronto" });
    const page = await context.newPage();
    await page.goto("/events/interactive-conference-2018");
    await expect(page.getByTestId("viewer-time").first()).toContainText("America/Toronto");
    await expect(page.getByTestId("viewer-time").first()).toContainText("11:00–14:00 EDT");
    await context.close();
  });

  test("opens a city page in the city's own time", async ({ page }) => {
    await page.goto("/events/interactive-conference-2018");
    await page.getByRole("link", { name: "Toronto" }).click();
    await expect(page).toHaveURL(/\/events\/interactive-conference-2018\/cities\/toronto$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toronto");
    await expect(page.getByTestId("anchor-time")).toContainText("11:00–14:00 EDT");
  });

  test("answers 404 for a draft", async ({ page }) => {
    const response = await page.goto("/events/planning-2028");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
