import { chooseZone, chosenZone, expect, signInAs, test } from "./fixtures";

test("a coordinator creates an event, builds its program and publishes it", async ({ page, request }) => {
  const slug = `spring-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Title").fill("Spring gathering");
  await page.getByLabel("Web address").fill(slug);
  await page.getByLabel("Date and time").fill("2026-03-20T17:00");
  await chooseZone(page, "Announced in time zone", "paris", /^Paris, France/);
  await expect(chosenZone(page, "start.timeZone")).toHaveValue("Europe/Paris");
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
  // Nothing moves before the coordinator has read what will.
  await page.getByRole("button", { name: "Move Panel earlier" }).click();
  const question = page.getByRole("dialog");
  await expect(question).toContainText("Panel will be at 17:00–17:30 CET and Opening at 17:30–18:00 CET.");
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(question).toBeHidden();
  await expect(program.locator("li[data-item-title]").first()).toHaveAttribute("data-item-title", "Opening");
  await page.getByRole("button", { name: "Move Panel earlier" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Move" }).click();
  await expect(program.locator("li[data-item-title]").first()).toHaveAttribute("data-item-title", "Panel");
  await expect(program.locator('li[data-item-title="Panel"]')).toContainText("17:00–17:30 CET");
  await expect(program.locator('li[data-item-title="Opening"]')).toContainText("17:30–18:00 CET");
  await expect(program).not.toContainText("Overlaps with");

  // Any zone can be chosen for an item, not only the event's own: a Toronto organizer's greeting
  // at 13:00 in Toronto, found by typing the city, is 18:00 in Paris.
  await add.getByLabel("Title").fill("Greeting from Toronto");
  await add.getByLabel("Date and time").fill("2026-03-20T13:00");
  await chooseZone(add, "Time zone", "toronto", /^Toronto, Canada/);
  await expect(chosenZone(add, "start.timeZone")).toHaveValue("America/Toronto");
  await add.getByRole("button", { name: "Add to the program" }).click();
  await expect(program.locator('li[data-item-title="Greeting from Toronto"]')).toContainText("18:00–18:30 CET");

  const settings = page.locator("form", { has: page.getByRole("button", { name: "Save the event" }) });
  await settings.getByLabel("Status").selectOption("published");
  await settings.getByRole("textbox", { name: "Persian" }).fill("https://stream.example.org/spring/fa");
  // An image that is not https is refused with the field named; the rest is kept as typed.
  await settings.getByLabel("Organized by").fill("Iranian community of Lyon");
  await settings.getByLabel("Organizer’s website").fill("https://lyon.example.org");
  await settings.getByLabel("Image address (https)").fill("http://images.example.org/poster.png");
  await settings.getByRole("button", { name: "Save the event" }).click();
  await expect(settings.getByLabel("Image address (https)")).toHaveAttribute("aria-invalid", "true");
  await expect(settings).toContainText("Enter a full https:// address of an image.");
  await settings.getByLabel("Image address (https)").fill("https://images.example.org/poster.png");
  await settings.getByRole("button", { name: "Save the event" }).click();
  await expect(settings.getByTestId("form-message")).toHaveText("Saved.");

  // 17:00 in Paris on 20 March 2026 is 12:00 in Toronto (the US is already on summer time).
  const schedule = await request.get(`/api/v1/events/${slug}/schedule?tz=America/Toronto`);
  expect(schedule.status()).toBe(200);
  const { items } = await schedule.json();
  expect(items.map((i: { title: string; localStart: string }) => [i.title, i.localStart])).toEqual([
    ["Panel", "2026-03-20T12:00:00-04:00"],
    ["Opening", "2026-03-20T12:30:00-04:00"],
    ["Greeting from Toronto", "2026-03-20T13:00:00-04:00"],
  ]);
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Spring gathering");
  await expect(page.getByTestId("organizer")).toHaveText("Organized by Iranian community of Lyon");
  await expect(page.getByTestId("organizer").getByRole("link")).toHaveAttribute("href", "https://lyon.example.org");
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
  await expect(other.getByRole("dialog")).toContainText("Delete Welcome (17:00–17:20 CET)? This cannot be undone.");
  await other.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(other.getByTestId("program-editor").locator('li[data-item-title="Welcome"]')).toHaveCount(0);

  // The second tab's delete finds nothing to delete: no error page, the page refreshes and the
  // row goes away; a refusal that leaves the row (say, a session that ended) stays on screen.
  const deleted = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Delete Welcome" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  expect((await deleted).status()).toBe(200);
  await expect(page.getByTestId("program-editor").locator('li[data-item-title="Welcome"]')).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Two tabs");
});

test("the zone picker is searched in the reader's language and used with the keyboard @phone", async ({ page, context }) => {
  await signInAs(page, "coordinator@demo.test");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "fa", url: page.url() }]);
  await page.goto("/dashboard/speakers");
  // The form that adds a person (each person on the roster has an edit form with the same picker).
  const add = page.locator('section[aria-labelledby="add-speaker"]');
  const box = add.getByRole("combobox", { name: "منطقهٔ زمانی محل زندگی" });
  const options = add.getByRole("listbox", { name: "منطقهٔ زمانی محل زندگی" }).getByRole("option");
  // Sweden, typed in Persian, finds Stockholm (named in Persian), with its offset; the old spelling Kiev finds Kyiv.
  await box.fill("سوئد");
  await expect(options).toHaveCount(1);
  await expect(options).toContainText("استکهلم");
  await expect(options).toContainText(/UTC\+0[12]:00/);
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await expect(chosenZone(add, "timeZone")).toHaveValue("Europe/Stockholm");
  await box.fill("kiev");
  await expect(options).toHaveCount(1);
  await expect(options).toContainText("Europe/Kyiv");
  await box.fill("Asia/Calcutta");
  await expect(options).toContainText("Asia/Kolkata");
  // No match says so; leaving the box keeps the zone chosen before.
  await box.fill("zzzz");
  await expect(add.getByText("هیچ منطقهٔ زمانی‌ای پیدا نشد.")).toBeVisible();
  await box.press("Escape");
  await expect(chosenZone(add, "timeZone")).toHaveValue("Europe/Stockholm");
});

test("a coordinator moves the event in its settings, sees beforehand how the program moves, and adds a language @phone", async ({ page }) => {
  const slug = `move-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: { slug, title: "Moving day", start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 120, languages: ["fa", "en"] },
  });
  expect(created.status()).toBe(201);
  for (const [title, startsAt] of [
    ["Welcome", "2027-03-20T16:00:00Z"],
    ["Closing", "2027-03-20T17:40:00Z"],
  ]) {
    expect((await page.request.post(`/api/v1/events/${slug}/items`, { data: { title, kind: "talk", startsAt, durationMinutes: 20 } })).status()).toBe(201);
  }
  await page.goto(`/dashboard/events/${slug}`);
  const settings = page.locator("form", { has: page.getByRole("button", { name: "Save the event" }) });
  const preview = settings.getByTestId("move-preview");
  await expect(preview).toContainText("Nothing moves");

  // 90 minutes later, and 30 minutes shorter: the preview says so before anything is saved.
  await settings.getByLabel("Date and time").fill("2027-03-20T18:30");
  await settings.getByLabel("Duration (minutes)").fill("90");
  await expect(preview).toContainText("Everything moves 1 hr, 30 min later: the shared program (2 items)");
  await expect(preview).toContainText("Start: Sat 20 Mar 17:00 CET → Sat 20 Mar 18:30 CET");
  await expect(preview).toContainText("End: Sat 20 Mar 19:00 CET → Sat 20 Mar 20:00 CET");
  // Closing (18:40 + 1:30 = 20:10) would end after the new end: said before saving.
  await expect(preview.getByRole("note")).toHaveText("After the change, outside the event's time: Closing.");
  await preview.getByText("The 2 items, in the new times").click();
  await expect(preview).toContainText("Welcome: 17:00 CET → 18:30 CET");
  expect((await (await page.request.get(`/api/v1/events/${slug}`)).json()).startsAt).toBe("2027-03-20T16:00:00Z");

  await settings.getByRole("checkbox", { name: "Arabic" }).check();
  await settings.getByRole("button", { name: "Save the event" }).click();
  await expect(settings.getByTestId("form-message")).toHaveText("Saved.");
  const event = await (await page.request.get(`/api/v1/events/${slug}`)).json();
  expect([event.startsAt, event.endsAt]).toEqual(["2027-03-20T17:30:00Z", "2027-03-20T19:00:00Z"]);
  expect(event.languages.map((l: { code: string }) => l.code)).toEqual(["fa", "en", "ar"]);
  const program = page.getByTestId("program-editor");
  await expect(program.locator('li[data-item-title="Welcome"]')).toContainText("18:30–18:50 CET");
  // After saving, the form shows the new time and nothing left to move.
  await expect(page.getByTestId("move-preview")).toContainText("Nothing moves");

  // Dropping every language is refused at the languages, and nothing changes.
  const saved = page.locator("form", { has: page.getByRole("button", { name: "Save the event" }) });
  for (const name of ["Persian", "English", "Arabic"]) await saved.getByRole("checkbox", { name }).uncheck();
  await saved.getByRole("button", { name: "Save the event" }).click();
  await expect(saved.getByText("Keep at least one broadcast language.")).toBeVisible();
});

test("the running order says what a move will do, refuses a move the order no longer matches, and warns about items outside the event @phone", async ({
  page,
}) => {
  const slug = `order-${Date.now().toString(36)}`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: { slug, title: "Running order", start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 120, languages: ["en"] },
  });
  expect(created.status()).toBe(201);
  const ids: Record<string, string> = {};
  for (const [title, startsAt, durationMinutes] of [
    ["Early bird", "2027-03-20T15:30:00Z", 20], // 16:30 in Paris: before the event
    ["Talk A", "2027-03-20T16:00:00Z", 30],
    ["Talk B", "2027-03-20T16:20:00Z", 30], // overlaps Talk A by 10 minutes
    ["Talk C", "2027-03-20T16:50:00Z", 20], // right after Talk B
  ] as const) {
    const response = await page.request.post(`/api/v1/events/${slug}/items`, { data: { title, kind: "talk", startsAt, durationMinutes } });
    ids[title] = (await response.json()).id;
  }
  await page.goto(`/dashboard/events/${slug}`);
  const program = page.getByTestId("program-editor");
  await expect(program.locator('li[data-item-title="Early bird"]').getByRole("note")).toHaveText("Starts before the event (17:00 CET).");

  // Swapping two overlapping talks needs more room than they had: the question says it will run into Talk C.
  await page.getByRole("button", { name: "Move Talk B earlier" }).click();
  await expect(page.getByRole("dialog")).toHaveText(/Talk B will be at 17:00–17:30 CET and Talk A at 17:30–18:00 CET\. It will then overlap with: Talk C\./);
  // Meanwhile someone else changes Talk A: the confirmed move no longer matches what was said, so nothing moves.
  expect((await page.request.patch(`/api/v1/events/${slug}/items/${ids["Talk A"]}`, { data: { durationMinutes: 25 } })).status()).toBe(200);
  await page.getByRole("dialog").getByRole("button", { name: "Move" }).click();
  await expect(program.getByRole("alert")).toContainText("Someone else changed this");
  await expect(program.locator("li[data-item-title]").nth(1)).toHaveAttribute("data-item-title", "Talk A");
  await expect(program.locator('li[data-item-title="Talk A"]')).toContainText("17:00–17:25 CET");
});
