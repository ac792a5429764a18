import { expect, signInAs, test } from "./fixtures";

test.describe("the event in the reader's language", () => {
  for (const [locale, title, opening, paris, stranger] of [
    ["fa-IR", "کنفرانس هم‌زمان و تعاملی: سی‌امین سالگرد قتل‌عام سال ۶۷", "گشایش: سی سال پس از آن", "پاریس", "Opening: 30 years on"],
    ["ar", "المؤتمر التفاعلي المتزامن: الذكرى الثلاثون لمجزرة عام 1988", "الافتتاح: بعد ثلاثين عامًا", "باريس", "Opening: 30 years on"],
    ["fr-FR", "Conférence interactive simultanée : 30e anniversaire du massacre de 1988", "Ouverture : trente ans après", "Paris", "Opening: 30 years on"],
  ] as const) {
    test(`a ${locale} browser reads the title, the program and the city names in its language @phone`, async ({ browser }) => {
      const context = await browser.newContext({ locale, timezoneId: "Asia/Tehran" });
      const page = await context.newPage();
      await page.goto("/events/interactive-conference-2018");
      // The bare address sends the reader to their language's own address.
      await expect(page).toHaveURL(new RegExp(`/${locale.slice(0, 2)}/events/interactive-conference-2018$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page.locator(".program")).toContainText(opening);
      await expect(page.locator(".program")).not.toContainText(stranger);
      await expect(page.getByTestId("city-table").locator('tr[data-city="paris"] th a')).toHaveText(paris);
      await expect(page.getByTestId("city-table").locator("tbody tr")).toHaveCount(18);
      // A city link stays in the language; the switcher goes to the same page in another.
      await page.getByTestId("city-table").locator('tr[data-city="paris"] th a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale.slice(0, 2)}/events/interactive-conference-2018/cities/paris$`));
      await page.getByRole("link", { name: "English", exact: true }).click();
      await expect(page).toHaveURL(/\/en\/events\/interactive-conference-2018\/cities\/paris$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Paris");
      await context.close();
    });
  }

  test("a text without a translation is shown as written, marked with its own language and direction @phone", async ({ page, context }) => {
    const slug = `translate-${Date.now().toString(36)}`;
    await signInAs(page, "coordinator@demo.test");
    const created = await page.request.post("/api/v1/events", {
      data: { slug, title: "Evening of memory", start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 60, languages: ["en", "fa"] },
    });
    expect(created.status()).toBe(201);
    const item = await (
      await page.request.post(`/api/v1/events/${slug}/items`, {
        data: { title: "Candles", kind: "other", startsAt: "2027-03-20T16:00:00Z", durationMinutes: 20 },
      })
    ).json();
    expect((await page.request.patch(`/api/v1/events/${slug}`, { data: { status: "published", translations: { fa: { title: "شب یادبود" } } } })).status()).toBe(
      200,
    );
    // The public page is the same signed in or not; the interface in Persian.
    await context.addCookies([{ name: "NEXT_LOCALE", value: "fa", url: "http://localhost:3100" }]);
    await page.goto(`/events/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("شب یادبود");
    const candles = page.locator(".program li", { hasText: "Candles" }).locator('[lang="en"]');
    await expect(candles).toHaveAttribute("dir", "ltr");
    // Translated by a coordinator: the Persian page shows it after a reload.
    expect((await page.request.patch(`/api/v1/events/${slug}/items/${item.id}`, { data: { translations: { fa: { title: "شمع‌ها" } } } })).status()).toBe(200);
    await page.goto(`/events/${slug}`);
    await expect(page.locator(".program")).toContainText("شمع‌ها");
  });
});

test("the event and city pages offer the event to calendars, in the reader's language @phone", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fa-IR" });
  const page = await context.newPage();
  await page.goto("/events/interactive-conference-2018");
  const links = page.getByTestId("add-to-calendar");
  await expect(links.getByRole("link", { name: "اشتراک (تغییرها هم می‌رسند)" })).toHaveAttribute(
    "href",
    /^webcal:\/\/localhost:\d+\/fa\/events\/interactive-conference-2018\/calendar\.ics$/,
  );
  const download = links.getByRole("link", { name: "دریافت فایل تقویم (ics)" });
  expect((await page.request.get((await download.getAttribute("href"))!)).headers()["content-type"]).toContain("text/calendar");
  const google = new URL((await links.getByRole("link", { name: "تقویم گوگل" }).getAttribute("href"))!);
  expect(google.searchParams.get("dates")).toBe("20180825T150000Z/20180825T180000Z");
  expect(google.searchParams.get("text")).toBe("کنفرانس هم‌زمان و تعاملی: سی‌امین سالگرد قتل‌عام سال ۶۷");
  await page.goto("/events/interactive-conference-2018/cities/toronto");
  await expect(page.getByTestId("add-to-calendar").getByRole("link", { name: "دریافت فایل تقویم (ics)" })).toHaveAttribute(
    "href",
    "/fa/events/interactive-conference-2018/cities/toronto/calendar.ics",
  );
  const outlook = new URL((await page.getByTestId("add-to-calendar").getByRole("link", { name: "اوت‌لوک" }).getAttribute("href"))!);
  expect(outlook.searchParams.get("startdt")).toBe("2018-08-25T15:00:00Z");
  expect(outlook.searchParams.get("location")).toContain("تورنتو");
  await context.close();
});

test("a coordinator translates a new item on the translation board, which shows the gaps, and the Persian page has it after a reload @phone", async ({
  page,
  context,
}) => {
  const slug = `board-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: { slug, title: "Night of names", start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 60, languages: ["en", "fa"] },
  });
  expect(created.status()).toBe(201);
  expect(
    (
      await page.request.post(`/api/v1/events/${slug}/items`, {
        data: { title: "Reading of names", kind: "other", startsAt: "2027-03-20T16:00:00Z", durationMinutes: 20 },
      })
    ).status(),
  ).toBe(201);
  expect((await page.request.patch(`/api/v1/events/${slug}`, { data: { status: "published" } })).status()).toBe(200);

  await page.goto(`/dashboard/events/${slug}`);
  await page.getByRole("link", { name: "Translations" }).click();
  const gaps = page.getByTestId("translation-gaps");
  const row = gaps.getByRole("row", { name: /Reading of names/ });
  await expect(row.getByRole("cell")).toHaveText("1 missing");
  const card = page.getByRole("region", { name: /Reading of names/ });
  const persian = card.getByRole("textbox", { name: "Persian" }).first();
  await expect(persian).toHaveAttribute("dir", "rtl");
  await persian.fill("خواندن نام‌ها");
  await card.getByRole("button", { name: "Save the translations" }).click();
  await expect(card.getByTestId("form-message")).toHaveText("Saved.");
  await expect(
    page
      .getByTestId("translation-gaps")
      .getByRole("row", { name: /Reading of names/ })
      .getByRole("cell"),
  ).toHaveText("Translated");

  await context.addCookies([{ name: "NEXT_LOCALE", value: "fa", url: "http://localhost:3100" }]);
  await page.goto(`/events/${slug}`);
  await expect(page.locator(".program")).toContainText("خواندن نام‌ها");
  // The original changes: the board flags the translation for review.
  const items = await (await page.request.get(`/api/v1/events/${slug}/schedule`)).json();
  expect((await page.request.patch(`/api/v1/events/${slug}/items/${items.items[0].id}`, { data: { title: "Reading of the names" } })).status()).toBe(200);
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://localhost:3100" }]);
  await page.goto(`/dashboard/events/${slug}/translations`);
  await expect(
    page
      .getByTestId("translation-gaps")
      .getByRole("row", { name: /Reading of the names/ })
      .getByRole("cell"),
  ).toHaveText("1 to review");
  await expect(page.getByRole("region", { name: /Reading of the names/ })).toContainText("The original changed since this was translated");
});
