import { expect, lastMailTo, signInAs, test } from "./fixtures";

const CITY = "/fa/events/interactive-conference-2027/cities/toronto";

/** Registers through the Persian city page and its mailed link, as an attendee on a phone would; returns their personal page. */
async function registerInPersian(page: import("@playwright/test").Page, name: string, email: string, seats: string) {
  await page.goto(CITY);
  await page.getByRole("link", { name: "ثبت‌نام برای حضور" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ثبت‌نام برای");
  await page.getByLabel("نام شما").fill(name);
  await page.getByLabel("نشانی ایمیل شما").fill(email);
  await page.getByLabel("تعداد جا").fill(seats);
  await page.getByRole("button", { name: "ثبت‌نام", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("ایمیل خود را ببینید");
  const text = await lastMailTo(email, /\/registration\//);
  // In Persian, the city's Persian name, and the event's time in Toronto with Persian digits.
  expect(text).toContain("خواسته است برای");
  expect(text).toContain("در تورنتو ثبت‌نام کند");
  expect(text).toContain("۱۱:۰۰–۱۴:۰۰ EDT (America/Toronto)");
  return new URL(/https?:\/\/\S+\/registration\/[\w-]{43}/.exec(text)![0]).pathname;
}

test("an attendee registers in Persian from a phone, confirms and cancels through the mailed link; an organizer checks someone in by name; the coordinators' board counts it @phone", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  // The attendee: no account, a phone, the Persian page.
  const leaving = await registerInPersian(page, "نسرین توکلی", `nasrin-${stamp}@example.org`, "2");
  await page.goto(leaving);
  await expect(page.getByText("هنوز تأیید نشده")).toBeVisible();
  await page.getByRole("button", { name: "تأیید ثبت‌نام من" }).click();
  await expect(page.getByRole("status")).toContainText("ثبت‌نام شما قطعی شد");
  await expect(page.locator("article")).toHaveAttribute("data-status", "confirmed");
  await expect(page.locator(".door-code__text")).toHaveText(/^[A-Z0-9]{6}$/);
  await expect(page.locator(".door-code__qr svg")).toBeVisible();
  expect(await lastMailTo(`nasrin-${stamp}@example.org`, /قطعی شد/)).toContain("Community Square, Toronto");
  // Cancelled from the mail app's browser, without JavaScript.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(leaving);
  await noScript.getByText("لغو ثبت‌نام من").click();
  await noScript.getByRole("button", { name: "بله، لغو شود" }).click();
  await expect(noScript.locator("article")).toHaveAttribute("data-status", "cancelled");
  await expect(noScript.getByRole("status")).toHaveText("ثبت‌نام شما لغو شد.");
  await plain.close();

  // Another attendee comes to the door.
  // A name of this run's own: the demo city is shared by the tests of both widths.
  const guest = `Arash Nouri ${stamp}`;
  const staying = await registerInPersian(page, guest, `arash-${stamp}@example.org`, "3");
  await page.goto(staying);
  await page.getByRole("button", { name: "تأیید ثبت‌نام من" }).click();
  await expect(page.locator("article")).toHaveAttribute("data-status", "confirmed");

  // The Toronto organizer, on their phone at the door, finds him by name.
  const door = await browser.newContext({ ...test.info().project.use });
  const organizer = await door.newPage();
  await signInAs(organizer, "toronto@demo.test");
  await organizer.goto("/dashboard/events/interactive-conference-2027/cities/toronto/attendees");
  await expect(organizer.getByTestId("registrations").locator("li", { hasText: guest })).toContainText("Confirmed");
  await organizer.getByRole("link", { name: "Check people in at the door" }).click();
  await organizer.getByLabel("Name or door code").fill(`nouri ${stamp}`);
  const match = organizer.getByTestId("door-matches").locator("li", { hasText: guest });
  // The hall's network drops: the check-in is kept on the phone, and sent when it is back.
  await door.setOffline(true);
  await match.getByRole("button", { name: `Check in ${guest}` }).click();
  await expect(organizer.getByText("No network: 1 check-in is kept on this phone").first()).toBeVisible();
  await expect(match).toContainText("Checked in");
  await door.setOffline(false);
  await organizer.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(organizer.getByRole("status").first()).toHaveText("All check-ins are sent.");
  await organizer.reload();
  await organizer.getByLabel("Name or door code").fill(`nouri ${stamp}`);
  await expect(organizer.getByTestId("door-matches").locator("li", { hasText: guest })).toContainText("Already checked in at");
  await door.close();

  // The coordinators' board counts his three seats as checked in.
  const board = await browser.newContext();
  const coordinator = await board.newPage();
  await signInAs(coordinator, "coordinator@demo.test");
  await coordinator.goto("/dashboard/events/interactive-conference-2027/attendance");
  const toronto = coordinator.getByTestId("attendance").locator('tr[data-city="toronto"]');
  await expect(toronto.locator("td").nth(4)).not.toHaveText("0");
  expect(Number(await toronto.locator("td").nth(4).textContent())).toBeGreaterThanOrEqual(3);
  await board.close();
});
