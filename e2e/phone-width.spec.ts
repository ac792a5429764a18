import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

/**
 * Every page fits a 360 px screen (the narrowest phones in use) without sideways scrolling:
 * tables become cards or scroll inside themselves. Each page is opened in English and in
 * Persian (right to left), signed in as the role that sees the most of it.
 */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const PUBLIC = [
  "/",
  "/events/interactive-conference-2018",
  "/events/interactive-conference-2018/cities/paris",
  "/events/witnesses-online-2021",
  "/events/interactive-conference-2027",
  "/sign-in",
  "/sign-up",
  "/forgot-password",
  "/verify-email",
  "/reset-password",
  "/no-such-page",
];

const DASHBOARD = [
  "/dashboard",
  "/dashboard/audit",
  "/dashboard/outbox",
  "/dashboard/speakers",
  "/dashboard/events/new",
  "/dashboard/events/interactive-conference-2027",
  "/dashboard/events/interactive-conference-2027/coverage",
  "/dashboard/events/interactive-conference-2027/translations",
  "/dashboard/events/interactive-conference-2027/run-sheet",
  "/dashboard/events/interactive-conference-2027/register",
  "/dashboard/events/interactive-conference-2027/cities/paris",
  "/dashboard/events/interactive-conference-2027/cities/brussels",
  "/dashboard/password",
];

/** The widest thing on the page, when it is wider than the screen: what a reader would scroll sideways to see. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    // Name the culprits: the outermost elements that stick out (inside a scroll box, the box is
    // named: what is positioned within it escapes it unless it is their containing block).
    const inScrollBox = (el: HTMLElement) => {
      for (let parent = el.parentElement; parent; parent = parent.parentElement) if (getComputedStyle(parent).overflowX !== "visible") return parent;
      return null;
    };
    const culprits = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return (box.right > width + 1 || box.left < -1) && box.width > 0;
      })
      .map((el) => inScrollBox(el) ?? el);
    const outer = [...new Set(culprits)].filter((el) => !culprits.some((other) => other !== el && other.contains(el)));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      culprits: outer
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (${Math.round(el.getBoundingClientRect().width)} px)`),
    };
  });
}

async function checkAll(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const locale of ["en", "fa"]) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: "http://localhost:3100" }]);
    for (const path of paths) {
      await page.goto(path);
      const wide = await overflow(page);
      if (wide) found.push(`${locale} ${path}: ${wide.scrollWidth} px wide; ${wide.culprits.join(", ")}`);
    }
  }
  expect(found, "pages wider than a 360 px screen").toEqual([]);
}

test("every public page fits a 360 px screen", async ({ page }) => {
  test.setTimeout(90_000);
  await checkAll(page, PUBLIC);
});

test("every dashboard page fits a 360 px screen, for an admin", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "admin@demo.test");
  await checkAll(page, DASHBOARD);
});

test("an organizer's dashboard and city page fit a 360 px screen", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, "paris@demo.test");
  await checkAll(page, [
    "/dashboard",
    "/dashboard/events/interactive-conference-2027/cities/paris",
    "/dashboard/events/interactive-conference-2027/register",
    "/dashboard/events/interactive-conference-2027/translations",
  ]);
});
