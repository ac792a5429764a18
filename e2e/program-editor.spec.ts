import { expect, signInAs, test } from "./fixtures";

test("a coordinator creates an event, builds its program and publishes it", async ({ page, request }) => {
  const slug = `spring-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Title").fill("Spring gathering");
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Date and time").fill("2026-03-20T17:00");
  await page.getByLabel("Announced in time zone").selectOption("Europe/Paris");
  await page.getByRole("button", { name: "Create the draft" }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/events/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Spring gathering");

  const add = page.locator("form", { has: page.getByRole("button", { name: "Add to the program" }) });
  // A wall-clock time in the spring-forward gap is refused with a message that says so.
  await add.getByLabel("Title").fill("Opening");
  await add.getByLabel("Date and time").fill("2026-03-29T02:30");
  await add.getByRole("button", { name: "Add to the program" }).click();
  await expect(add.getByText(/does not exist: the clocks spring forward/).first()).toBeVisible();

  await add.getByLabel("Date and time").fill("2026-03-20T17:00");
  await add.getByLabel("Duration (minutes)").fill("30");
  await add.getByRole("button", { name: "Add to the program" }).click();
  const program = page.getByTestId("program-editor");
  await expect(program.locator('li[data-item-title="Opening"]')).toContainText("17:00–17:30 CET");

  await add.getByLabel("Title").fill("Panel");
  await add.getByLabel("Date and time").fill("2026-03-20T17:15");
  await add.getByRole("button", { name: "Add to the program" }).click();
  await expect(program.locator('li[data-item-title="Panel"]')).toContainText("Overlaps with: Opening");

  // Moving the panel first swaps the two within their span: the overlap is gone.
  await page.getByRole("button", { name: "Move Panel earlier" }).click();
  await expect(program.locator("li[data-item-title]").first()).toHaveAttribute("data-item-title", "Panel");
  await expect(program.locator('li[data-item-title="Panel"]')).toContainText("17:00–17:30 CET");
  await expect(program.locator('li[data-item-title="Opening"]')).toContainText("17:30–18:00 CET");
  await expect(program).not.toContainText("Overlaps with");

  const settings = page.locator("form", { has: page.getByRole("button", { name: "Save the event" }) });
  await settings.getByLabel("Status").selectOption("published");
  await settings.getByLabel("Persian").fill("https://stream.example.org/spring/fa");
  await settings.getByRole("button", { name: "Save the event" }).click();
  await expect(settings.getByTestId("form-message")).toHaveText("Saved.");

  // 17:00 in Paris on 20 March 2026 is 12:00 in Toronto (the US is already on summer time).
  const schedule = await request.get(`/api/v1/events/${slug}/schedule?tz=America/Toronto`);
  expect(schedule.status()).toBe(200);
  const { items } = await schedule.json();
  expect(items.map((i: { title: string; localStart: string }) => [i.title, i.localStart])).toEqual([
    ["Panel", "2026-03-20T12:00:00-04:00"],
    ["Opening", "2026-03-20T12:30:00-04:00"],
  ]);
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Spring gathering");
});

test("deleting an item another tab already deleted answers without an error page and shows the program as it is now", async ({ page }) => {
  const slug = `tabs-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: { slug, title: "Two tabs", start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 60, languages: ["en"] },
  });
  expect(created.status()).toBe(201);
  const added = await page.request.post(`/api/v1/events/${slug}/items`, {
    data: { title: "Welcome", kind: "talk", startsAt: "2027-03-20T16:00:00Z", durationMinutes: 20 },
  });
  expect(added.status()).toBe(201);

  await page.goto(`/dashboard/events/${slug}`);
  const other = await page.context().newPage();
  await other.goto(`/dashboard/events/${slug}`);
  await other.getByRole("button", { name: "Delete Welcome" }).click();
  await expect(other.getByTestId("program-editor").locator('li[data-item-title="Welcome"]')).toHaveCount(0);

  // The second tab's delete finds nothing to delete: no error page, the page refreshes and the
  // row goes away; a refusal that leaves the row (say, a session that ended) stays on screen.
  const deleted = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Delete Welcome" }).click();
  expect((await deleted).status()).toBe(200);
  await expect(page.getByTestId("program-editor").locator('li[data-item-title="Welcome"]')).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Two tabs");
});
