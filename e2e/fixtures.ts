import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { TEST_MAIL_DIR } from "../scripts/lib/config";
import { test as base, expect, type Locator, type Page } from "@playwright/test";

export { expect };

/**
 * Every end-to-end test runs with a CSP guard: a script, style or request the page's
 * Content-Security-Policy blocked (Chromium reports each on the console) fails the test, so
 * the nonce policy of the signed-in pages and the static one of the public pages are both
 * checked on every page the tests visit.
 */
export const test = base.extend<{ headroom: void; cspGuard: void }>({
  /**
   * Every test keeps 3x headroom under its timeout: one that used more than a third of it fails,
   * so a test that is slow on a quiet machine is made faster or split before a busy machine turns
   * it into a timeout. Set up first and torn down last, so the time includes the other fixtures.
   */
  headroom: [
    async ({}, use, testInfo) => {
      const started = Date.now();
      await use();
      const used = Date.now() - started;
      if (testInfo.timeout > 0 && used > testInfo.timeout / 3) {
        throw new Error(`This test took ${used} ms, more than a third of its ${testInfo.timeout} ms timeout: make it faster or split it.`);
      }
    },
    { auto: true },
  ],
  cspGuard: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(violations, "blocked by the Content-Security-Policy").toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = "demo-password";

/** Signs in through the /sign-in form, as a person would. */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Chooses a zone in a zone picker (components/zone-picker.tsx) by typing, as a person would, and clicking the match. */
export async function chooseZone(scope: Page | Locator, label: string, typed: string, option: string | RegExp) {
  const box = scope.getByRole("combobox", { name: label });
  await box.fill(typed);
  await scope.getByRole("option", { name: option }).click();
}

/** The IANA zone a zone picker will submit (its hidden input, named like the field). */
export function chosenZone(scope: Page | Locator, name: string) {
  return scope.locator(`input[type="hidden"][name="${name}"]`);
}

/** Creates an organizer account through /sign-up, as a person would: confirms the address from the mail it receives, and leaves it signed out. */
export async function signUpAs(page: Page, name: string, email: string, password = "lanterns over the old canal") {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Check your e-mail: we sent a message to this address to finish.")).toBeVisible();
  await confirmAddress(page, email);
  await page.context().clearCookies();
}

/** Opens the confirmation link mailed to `email` and presses its button: the sign-in page says it is done. */
export async function confirmAddress(page: Page, email: string) {
  const link = /https?:\/\/\S+\/verify-email\?token=[\w-]{43}/.exec(await lastMailTo(email, /\/verify-email\?token=/))![0];
  await page.goto(new URL(link).pathname + new URL(link).search);
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("status")).toHaveText("Your address is confirmed: sign in.");
}

const MAIL_DIR = path.resolve(__dirname, "..", TEST_MAIL_DIR);

/** The text of the newest message for `address` the test server's mail server accepted whose text matches `pattern` (waits for one). */
export async function lastMailTo(address: string, pattern: RegExp = /./): Promise<string> {
  for (let i = 0; i < 80; i++) {
    for (const name of readdirSync(MAIL_DIR)
      .filter((file) => file.endsWith(".eml"))
      .sort()
      .reverse()) {
      const raw = readFileSync(path.join(MAIL_DIR, name));
      // Only messages that name the address are parsed (parsing every file of the run at each poll took seconds).
      if (!raw.includes(address)) continue;
      const mail = await simpleParser(raw);
      const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);
      if (to.includes(address) && pattern.test(mail.text ?? "")) return mail.text ?? "";
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no message to ${address}`);
}
