import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const LOCALES = [
  { locale: "en-GB", lang: "en", dir: "ltr", cities: "18 host cities", venue: "Venue", time: "17:00–20:00 CEST" },
  { locale: "fr-FR", lang: "fr", dir: "ltr", cities: "18 villes hôtes", venue: "Lieu", time: "17:00–20:00 CEST" },
  { locale: "fa-IR", lang: "fa", dir: "rtl", cities: "۱۸ شهر میزبان", venue: "محل برگزاری", time: "۱۷:۰۰–۲۰:۰۰ CEST" },
  { locale: "ar", lang: "ar", dir: "rtl", cities: "18 مدينة مضيفة", venue: "المكان", time: "17:00–20:00 CEST" },
] as const;

for (const l of LOCALES) {
  test(`a ${l.lang} reader gets the public pages in ${l.lang}, ${l.dir}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: l.locale, timezoneId: "Europe/Paris" });
    const page = await context.newPage();
    await page.goto("/events/interactive-conference-2018");
    await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
    await expect(page.locator("html")).toHaveAttribute("dir", l.dir);
    await expect(page.locator("#cities-heading")).toHaveText(l.cities);
    // The range keeps its order: isolated left-to-right, whatever the page direction.
    const anchor = page.getByTestId("anchor-time").locator("bdi");
    await expect(anchor).toHaveAttribute("dir", "ltr");
    await expect(anchor).toHaveText(l.time);
    await page.goto("/events/interactive-conference-2018/cities/toronto");
    await expect(page.locator("#venue-heading")).toHaveText(l.venue);
    await expect(page.locator("html")).toHaveAttribute("dir", l.dir);
    await context.close();
  });
}

test("Persian readers see the Solar Hijri date beside the Gregorian one", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fa-IR" });
  const page = await context.newPage();
  await page.goto("/events/interactive-conference-2018");
  await expect(page.locator(".when__date")).toContainText("۲۵ اوت ۲۰۱۸");
  await expect(page.locator(".when__date")).toContainText("(۳ شهریور ۱۳۹۷)");
  await context.close();
});

test("the language switcher works and is remembered", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/events/interactive-conference-2018");
  await page.getByRole("navigation", { name: "Interface language" }).getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/events\/interactive-conference-2018$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await context.close();
});

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")})`,
    ),
    label,
  ).toEqual([]);
}

// One test per page and reader, so that each scan keeps its headroom under the timeout
// (all pages of a locale in one test took a third of it on a quiet machine).
test.describe("accessibility (axe, WCAG 2.2 AA)", () => {
  const publicPages = [
    "/",
    "/events/interactive-conference-2018",
    "/events/interactive-conference-2018/cities/toronto",
    "/events/interactive-conference-2027",
    "/sign-in",
    "/sign-up",
  ];
  for (const locale of ["en-GB", "fa-IR", "ar"]) {
    for (const path of publicPages) {
      test(`${path} in ${locale}`, async ({ browser }) => {
        const context = await browser.newContext({ locale, timezoneId: "America/Toronto" });
        const page = await context.newPage();
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        await expectNoSeriousViolations(page, `${locale} ${path}`);
        await context.close();
      });
    }
  }

  const dashboards = {
    "coordinator@demo.test": [
      "/dashboard",
      "/dashboard/events/interactive-conference-2018",
      "/dashboard/events/interactive-conference-2018/coverage",
      "/dashboard/speakers",
      "/dashboard/audit",
    ],
    "toronto@demo.test": [
      "/dashboard",
      "/dashboard/events/interactive-conference-2027/register",
      "/dashboard/events/interactive-conference-2027/cities/toronto",
    ],
  };
  for (const [email, paths] of Object.entries(dashboards)) {
    for (const path of paths) {
      test(`${path} as ${email}`, async ({ page }) => {
        await signInAs(page, email);
        await page.goto(path);
        await expectNoSeriousViolations(page, `${email} ${path}`);
      });
    }
  }
});
