import { expect, lastMailTo, signInAs, test } from "./fixtures";

test("a speaker opens the link from their invitation, confirms without an account, and the coordinator's board shows it @phone", async ({ page, browser }) => {
  const slug = `invite-${Date.now().toString(36)}`;
  const email = `${slug}@example.org`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: {
      slug,
      title: "Evening of testimonies",
      start: { local: "2027-09-04T19:00", timeZone: "Europe/Paris" },
      durationMinutes: 90,
      languages: ["fa", "en"],
    },
  });
  expect(created.status()).toBe(201);
  const item = await (
    await page.request.post(`/api/v1/events/${slug}/items`, {
      data: { title: "Witnesses speak", kind: "testimony", startsAt: "2027-09-04T17:00:00Z", durationMinutes: 30 },
    })
  ).json();
  const person = await (
    await page.request.post("/api/v1/speakers", {
      data: { name: "Reza Karimi", languages: ["en", "fa"], contactEmail: email, timeZone: "America/Vancouver", preferredLanguage: "en" },
    })
  ).json();
  expect(
    (
      await page.request.post(`/api/v1/events/${slug}/items/${item.id}/assignments`, { data: { speakerId: person.id, language: "en", role: "interpreter" } })
    ).status(),
  ).toBe(201);

  // The invitation, as received: the slot in Vancouver's time, and the personal link.
  const text = await lastMailTo(email);
  expect(text).toContain("When: Saturday 4 September 2027, 10:00–10:30 PDT (America/Vancouver)");
  const link = /https?:\/\/\S+\/speaker\/[\w-]{43}/.exec(text)![0];

  // The speaker has no account and no session: a fresh browser.
  const speaker = await browser.newContext();
  const own = await speaker.newPage();
  await own.goto(new URL(link).pathname);
  await expect(own.getByRole("heading", { level: 1 })).toHaveText("Your assignments, Reza Karimi");
  const card = own.locator(`li[data-assignment]`, { hasText: "Witnesses speak" });
  await expect(card).toContainText("Interpreter · English");
  await expect(card).toContainText("10:00–10:30 PDT");
  await card.getByRole("button", { name: "Confirm" }).click();
  await expect(card.getByRole("status")).toHaveText("Thank you: confirmed. The coordinators see it now.");
  await expect(card).toHaveAttribute("data-status", "confirmed");
  await speaker.close();

  // Without JavaScript too (a phone's data saver, a mail app's browser): declining, with a note.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await noScript.goto(new URL(link).pathname);
  const again = noScript.locator(`li[data-assignment]`, { hasText: "Witnesses speak" });
  await again.getByText("Decline…").click();
  await again.getByLabel("A note for the coordinators (optional)").fill("My flight lands too late.");
  await again.getByRole("button", { name: "Decline" }).click();
  await expect(noScript.locator(`li[data-assignment]`, { hasText: "Witnesses speak" })).toHaveAttribute("data-status", "declined");
  await expect(noScript.getByText("My flight lands too late.")).toBeVisible();
  await noScript.locator(`li[data-assignment]`, { hasText: "Witnesses speak" }).getByRole("button", { name: "Confirm" }).click();
  await expect(noScript.locator(`li[data-assignment]`, { hasText: "Witnesses speak" })).toHaveAttribute("data-status", "confirmed");
  await plain.close();

  await page.goto(`/dashboard/events/${slug}/coverage`);
  const english = page.getByTestId("coverage-board").locator('tr[data-item-title="Witnesses speak"] td[data-language="en"]');
  await expect(english.locator("li", { hasText: "Reza Karimi" }).locator(".badge")).toHaveText("confirmed");
});
