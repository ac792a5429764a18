import { chooseZone, expect, test } from "./fixtures";

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

  test("lists only confirmed people on the program, each with their role @phone", async ({ page }) => {
    await page.goto("/events/interactive-conference-2018");
    const testimonies = page.locator("li.item-row", { hasText: "Survivors' testimonies" });
    await expect(testimonies).toContainText("English: Sara Jafari (interpreter)");
    // Camille Moreau is invited to interpret into French but has not confirmed: not shown.
    await expect(testimonies).not.toContainText("Camille Moreau");
    await expect(testimonies).not.toContainText("French:");
    // Sara Jafari is only invited for the panel that follows, and Omar Haddad declined it.
    const panel = page.locator("li.item-row", { hasText: "Iranian associations" });
    await expect(panel).not.toContainText("Sara Jafari");
    await expect(panel).not.toContainText("Omar Haddad");
    await expect(page.locator("li.item-row", { hasText: "Lawmakers and personalities" })).toContainText("(moderator)");
  });

  for (const [timezoneId, expected] of [
    ["America/Toronto", "Sat 25 Aug, 11:00–14:00 EDT"],
    ["Asia/Tehran", "Sat 25 Aug, 19:30–22:30 GMT+4:30"],
    ["America/Vancouver", "Sat 25 Aug, 08:00–11:00 PDT"],
    ["Pacific/Auckland", "Sun 26 Aug, 03:00–06:00 NZST"],
  ] as const) {
    test(`shows the start in the viewer's own zone: ${timezoneId}`, async ({ browser }) => {
      const context = await browser.newContext({ timezoneId });
      const page = await context.newPage();
      await page.goto("/events/interactive-conference-2018");
      const viewer = page.getByTestId("viewer-time").first();
      await expect(viewer).toContainText(timezoneId);
      await expect(viewer).toContainText(expected);
      // The program follows the viewer's zone, with day headings in that zone.
      await expect(page.getByTestId("program-zone")).toHaveText(`Times in ${timezoneId}.`);
      // The anchor time stays what the event announced.
      await expect(page.getByTestId("anchor-time")).toContainText("17:00–20:00 CEST");
      await context.close();
    });
  }

  test("lets the viewer read the program in another zone, and remembers the choice", async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: "America/Vancouver" });
    const page = await context.newPage();
    await page.goto("/events/interactive-conference-2018");
    const opening = page.locator(".program li", { hasText: "Opening: 30 years on" });
    await expect(opening).toContainText("08:00–08:15 PDT");
    // The event's own zones are there at once; the others load when the list opens, found by city or country.
    await chooseZone(page, "Show times in", "iran", /^Tehran, Iran/);
    await expect(opening).toContainText("19:30–19:45 GMT+4:30");
    await expect(page.getByTestId("viewer-time").first()).toContainText("In Asia/Tehran:");
    await page.reload();
    await expect(page.locator(".program li", { hasText: "Opening: 30 years on" })).toContainText("19:30–19:45 GMT+4:30");
    await page.getByRole("button", { name: "Use my zone" }).click();
    await expect(page.locator(".program li", { hasText: "Opening: 30 years on" })).toContainText("08:00–08:15 PDT");
    await context.close();
  });

  test("reads without JavaScript: the anchor and city times are in the page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: "Asia/Tehran" });
    const page = await context.newPage();
    await page.goto("/events/interactive-conference-2018");
    await expect(page.getByTestId("anchor-time")).toContainText("17:00–20:00 CEST");
    await expect(page.getByTestId("city-table").locator('tr[data-city="toronto"]')).toContainText("11:00 EDT");
    await expect(page.locator(".program li", { hasText: "Opening: 30 years on" })).toContainText("17:00–17:15 CEST");
    await context.close();
  });

  test("says when a past event has ended", async ({ page }) => {
    await page.goto("/events/interactive-conference-2018");
    await expect(page.getByTestId("countdown")).toHaveText("This event has ended.");
    await page.goto("/events/interactive-conference-2027");
    await expect(page.getByTestId("countdown")).toContainText("Starts in");
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
