import { expect, signInAs, test } from "./fixtures";

// The start instant (issue 22): the coordinators' console, and a delay that an attendee already
// reading the event page in Vancouver sees without reloading it.

test("the console of the 2027 conference shows the countdown, each city's readiness and clock, and each language's microphone", async ({ page }) => {
  await signInAs(page, "coordinator@demo.test");
  await page.goto("/dashboard/events/interactive-conference-2027");
  await page.getByRole("link", { name: "Go-live console" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Go-live console");
  await expect(page.getByTestId("master-countdown")).toContainText("Starts in");
  const toronto = page.getByTestId("city-toronto");
  await expect(toronto).toContainText("11:00");
  await expect(toronto.getByTestId("score")).toHaveText(/^\d\/5$/);
  await expect(toronto.locator("time.clock")).toHaveText(/^\d\d:\d\d$/);
  const persian = page.getByTestId("language-fa");
  await expect(persian.getByRole("heading", { name: "Persian" })).toBeVisible();
  await expect(persian).toContainText("Next");
  await expect(page.getByTestId("console-log").or(page.getByText("Nothing yet today."))).toBeVisible();
});

test("a delay pressed on the console reaches an attendee's open page in Vancouver, in their time, without a reload", async ({ page, browser }) => {
  const slug = `golive-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: { slug, title: "Start minute", startsAt: "2027-09-04T15:00:00Z", anchorTimeZone: "Europe/Paris", durationMinutes: 120, languages: ["fa", "en"] },
  });
  expect(created.status()).toBe(201);
  const published = await page.request.patch(`/api/v1/events/${slug}`, { data: { status: "published", version: (await created.json()).version } });
  expect(published.status()).toBe(200);

  const vancouver = await browser.newContext({ timezoneId: "America/Vancouver" });
  const attendee = await vancouver.newPage();
  await attendee.goto(`/en/events/${slug}`);
  const viewer = attendee.getByTestId("viewer-time").first();
  await expect(viewer).toContainText("08:00–10:00");

  await page.goto(`/dashboard/events/${slug}/console`);
  await page.getByLabel("Delay the start by (minutes)").fill("10");
  await page.getByRole("button", { name: "Delay", exact: true }).click();
  await expect(page.getByText("The start is delayed by 10 more minutes")).toBeVisible();
  await expect(page.getByTestId("console-start")).toContainText("17:10");

  // The attendee comes back to the tab: the page asks the live read again and moves the start.
  await attendee.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
  await expect(viewer).toContainText("08:10–10:10");
  await expect(attendee.getByTestId("live-delayed")).toContainText("Delayed by 10 minutes: it now starts at 08:10 your time.");
  await vancouver.close();
});
