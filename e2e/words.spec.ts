import { expect, signInAs, test } from "./fixtures";

test("the audit log says what happened in the reader's words and times, never internal names @phone", async ({ page, context }) => {
  const slug = `words-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: { slug, title: "Words", start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 60, languages: ["fa"] },
  });
  expect(created.status()).toBe(201);
  const item = await (
    await page.request.post(`/api/v1/events/${slug}/items`, {
      data: { title: "Opening", kind: "opening", startsAt: "2027-03-20T16:00:00Z", durationMinutes: 15 },
    })
  ).json();
  expect((await page.request.patch(`/api/v1/events/${slug}/items/${item.id}`, { data: { startsAt: "2027-03-20T16:15:00Z" } })).status()).toBe(200);
  expect((await page.request.patch(`/api/v1/events/${slug}`, { data: { status: "published" } })).status()).toBe(200);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: page.url() }]);
  await page.goto(`/dashboard/audit?event=${slug}`);
  const log = page.getByTestId("audit-list");
  await expect(log).toContainText("Élément du programme modifié Opening");
  await expect(log).toContainText("Événement modifié Words");
  const moved = log.locator("li", { hasText: "Élément du programme modifié" });
  await expect(moved.getByRole("row", { name: /Début/ })).toContainText("sam. 20 mars 2027, 17:00 CET");
  await expect(moved.getByRole("row", { name: /Début/ })).toContainText("17:15 CET");
  await expect(log.locator("li", { hasText: "Événement modifié" }).getByRole("row", { name: /Statut/ })).toContainText("BrouillonPublié");
  const text = await log.innerText();
  expect(text).not.toMatch(/program_item|DRAFT|PUBLISHED|\d{4}-\d{2}-\d{2}T/);
});

test("Persian pages count and measure in Persian digits @phone", async ({ page, context }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fa", url: "http://localhost:3100" }]);
  await page.goto("/events/interactive-conference-2027");
  const countdown = page.getByTestId("countdown");
  await expect(countdown).toContainText(/[۰-۹]/);
  expect(await countdown.innerText()).not.toMatch(/[0-9]/);
  await page.goto("/events/interactive-conference-2027/cities/paris");
  await expect(page.locator("dd").first()).toHaveText("۴۰۰");
});

test("French coverage buttons say what they do: record a refusal, not a past participle @phone", async ({ page, context }) => {
  await signInAs(page, "coordinator@demo.test");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fr", url: page.url() }]);
  await page.goto("/dashboard/events/interactive-conference-2018/coverage");
  await expect(page.getByRole("button", { name: /^Noter le refus de / }).first()).toBeVisible();
  await expect(page.getByText("Décliné", { exact: true })).toHaveCount(0);
});
