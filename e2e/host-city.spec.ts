import { chosenZone, confirmAddress, expect, signInAs, test } from "./fixtures";

test.describe("a new city organizer", () => {
  test("signs up, registers Oslo, and after approval Oslo is public at 17:00 @phone", async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "one registration of Oslo per test database");
    const email = `oslo-${Date.now()}@example.org`;

    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Olav Organizer");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password", { exact: false }).first().fill("oslo is lovely in august");
    await page.getByRole("button", { name: "Create account" }).click();
    // The address is confirmed from the mail before the account signs in.
    await confirmAddress(page, email);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("oslo is lovely in august");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);

    await page.locator("li", { hasText: "Simultaneous Interactive Conference 2027" }).getByRole("link", { name: "Register a city venue" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a city venue");
    await expect(page.getByText("Simultaneous Interactive Conference 2027")).toBeVisible();

    // Errors are shown next to the fields, and nothing is saved.
    await page.getByRole("button", { name: "Register the city" }).click();
    await expect(page.locator("#field-name-error")).toBeVisible();
    await expect(page.locator("#field-venue-capacity-error")).toContainText("Enter the number of seats");

    await page.getByLabel("City name").fill("Oslo");
    await page.getByLabel("Country").selectOption("NO");
    await expect(chosenZone(page, "timeZone")).toHaveValue("Europe/Oslo");
    await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Oslo, Norway (UTC+02:00)");
    await expect(page.getByTestId("zone-preview")).toHaveText("The event starts here at 17:00 CEST, Sat 28 Aug.");
    await page.getByLabel("Venue name").fill("Oslo community house");
    await page.getByLabel("Address").fill("Storgata 1, 0155 Oslo");
    await page.getByLabel("Capacity (seats)").fill("120");
    await page.getByRole("button", { name: "Register the city" }).click();

    // The address names the new city by id; the message reads its name from the server.
    await expect(page).toHaveURL(/\/dashboard\?registered=[0-9a-f-]{36}$/);
    await expect(page.getByTestId("flash")).toContainText("Oslo is registered");
    const card = page.getByTestId("my-cities").locator("li", { hasText: "Oslo" });
    await expect(card).toContainText("Pending review");
    await expect(card).toContainText("17:00 CEST");

    // The coordinator approves it from the review queue.
    const coordinator = await browser.newPage();
    await signInAs(coordinator, "coordinator@demo.test");
    const event = "Simultaneous Interactive Conference 2027";
    await coordinator.getByRole("button", { name: `Approve Oslo for ${event}` }).click();
    await expect(coordinator.getByRole("button", { name: `Approve Oslo for ${event}` })).toHaveCount(0);
    await coordinator.close();

    // The public page lists Oslo at 17:00 local time.
    await page.goto("/events/interactive-conference-2027");
    const row = page.getByTestId("city-table").locator('tr[data-city="oslo"]');
    await expect(row).toContainText("Oslo");
    await expect(row).toContainText("17:00 CEST");
    await expect(row).toContainText("Europe/Oslo");
  });
});

test.describe("venue editing in two tabs", () => {
  test("the second save is answered with what changed, never a silent overwrite", async ({ browser }) => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await signInAs(first, "toronto@demo.test");
    const path = "/dashboard/events/interactive-conference-2027/cities/vancouver";
    await first.goto(path);
    const second = await context.newPage();
    await second.goto(path);

    await first.getByLabel("Venue name").fill("Vancouver hall, tab one");
    await first.getByRole("button", { name: "Save changes" }).click();
    await expect(first.getByTestId("form-message")).toHaveText("Saved.");

    await second.getByLabel("Venue name").fill("Vancouver hall, tab two");
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect(second.getByTestId("form-message")).toContainText("Someone else changed this since you opened it");
    await expect(second.getByTestId("conflict")).toContainText("Vancouver hall, tab one");
    await expect(second.getByLabel("Venue name")).toHaveValue("Vancouver hall, tab two");

    // Saving again, knowingly, applies the second tab's values.
    await second.getByRole("button", { name: "Save changes" }).click();
    await expect(second.getByTestId("form-message")).toHaveText("Saved.");
    await expect(second.getByLabel("Venue name")).toHaveValue("Vancouver hall, tab two");

    // The page now holds the new version: saving again from it is not a conflict with itself.
    await second.getByLabel("Capacity (seats)").fill("90");
    // The message already says "Saved." from the save before: wait for this save's answer.
    const saved = second.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === path);
    await second.getByRole("button", { name: "Save changes" }).click();
    expect((await saved).ok()).toBe(true);
    await expect(second.getByTestId("form-message")).toHaveText("Saved.");
    await second.reload();
    await expect(second.getByLabel("Venue name")).toHaveValue("Vancouver hall, tab two");
    await expect(second.getByLabel("Capacity (seats)")).toHaveValue("90");
    await context.close();
  });

  test("a French organizer is answered in French: the action sends a code, the page says it", async ({ browser }) => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.locator("#field-email").fill("paris@demo.test");
    await page.locator("#field-password").fill("demo-password");
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.goto("/dashboard/events/interactive-conference-2027/cities/paris");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Enregistré.");
    // Field messages too: an empty name is refused in French.
    await page.getByLabel("Nom de la ville").fill("");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByTestId("form-message")).toHaveText("Vérifiez les champs signalés.");
    await expect(page.locator("#field-name-error")).toHaveText("Ce champ ne peut pas être vide.");
    await context.close();
  });

  test("the answer to a save appears beside the button, and a refused field takes the focus @phone", async ({ page }) => {
    await signInAs(page, "paris@demo.test");
    await page.goto("/dashboard/events/interactive-conference-2027/cities/paris");
    const save = page.getByRole("button", { name: "Save changes" });
    await save.click();
    const message = page.getByTestId("form-message");
    await expect(message).toHaveText("Saved.");
    // Where the person is looking: on screen, right under the button they pressed.
    await expect(message).toBeInViewport();
    const [button, answer] = [await save.boundingBox(), await message.boundingBox()];
    expect(answer!.y - (button!.y + button!.height)).toBeGreaterThanOrEqual(0);
    expect(answer!.y - (button!.y + button!.height)).toBeLessThan(80);
    await expect(message.locator("xpath=..")).toHaveAttribute("aria-live", "polite");

    await page.getByLabel("City name").fill("");
    await save.click();
    await expect(message).toHaveText("Check the highlighted fields.");
    await expect(page.getByLabel("City name")).toBeFocused();
  });

  test("a country with several time zones is never given the first one: the city name picks it, or the organizer chooses", async ({ page }) => {
    await signInAs(page, "toronto@demo.test");
    await page.goto("/dashboard/events/interactive-conference-2027/register");
    const zone = chosenZone(page, "timeZone");
    // Ottawa is named after no zone: nothing is guessed, the organizer is asked.
    await page.getByLabel("City name").fill("Ottawa");
    await page.getByLabel("Country").selectOption("CA");
    await expect(zone).toHaveValue("");
    const choice = page.getByTestId("zone-choice");
    await expect(choice).toBeVisible();
    // Named by their cities, with the event's local start and the zone's name in the reader's language.
    await expect(choice.locator("option", { hasText: "Toronto — 11:00 EDT (Eastern Time)" })).toHaveCount(1);
    await expect(choice.locator("option", { hasText: "Atikokan — 10:00 EST (Eastern Standard Time)" })).toHaveCount(1);
    await choice.selectOption("America/Toronto");
    await expect(zone).toHaveValue("America/Toronto");
    await expect(page.getByTestId("zone-preview")).toContainText("11:00 EDT");
    await expect(choice).toHaveCount(0);
    // Montréal is America/Toronto (tzdata's old name for it): picked from the name, never America/Atikokan.
    await page.getByLabel("Country").selectOption("FR");
    await expect(zone).toHaveValue("Europe/Paris");
    await page.getByLabel("City name").fill("Montréal");
    await page.getByLabel("Country").selectOption("CA");
    await expect(zone).toHaveValue("America/Toronto");
  });

  test("a Canadian city is saved in the zone its organizer chose, never the country's first @phone", async ({ page }) => {
    await signInAs(page, "toronto@demo.test");
    await page.goto("/dashboard/events/interactive-conference-2027/register");
    const stamp = Date.now().toString(36);
    const name = `Ottawa ${stamp}`;
    await page.getByLabel("City name").fill(name);
    await page.getByLabel("Country").selectOption("CA");
    await page.getByTestId("zone-choice").selectOption("America/Toronto");
    await page.getByLabel("Venue name").fill("Centre communautaire");
    await page.getByLabel("Address").fill("1 Rideau St, Ottawa");
    await page.getByLabel("Capacity (seats)").fill("90");
    await page.getByRole("button", { name: "Register the city" }).click();
    await expect(page).toHaveURL(/\/dashboard\?registered=/);
    // Its organizer reads the pending city as it was saved.
    const saved = await (await page.request.get(`/api/v1/events/interactive-conference-2027/cities/ottawa-${stamp}`)).json();
    expect(saved).toMatchObject({ name, status: "pending", timeZone: "America/Toronto", countryCode: "CA", localStart: "2027-08-28T11:00:00-04:00" });
  });

  test("an organizer cannot open another city's page", async ({ page }) => {
    await signInAs(page, "toronto@demo.test");
    const response = await page.goto("/dashboard/events/interactive-conference-2027/cities/paris");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});

test.describe("the local program", () => {
  test("an organizer adds a reception in the city's own time and it shows on the public city page", async ({ page }) => {
    await signInAs(page, "toronto@demo.test");
    await page.goto("/dashboard/events/interactive-conference-2027/cities/toronto");
    // The add form, below the items (each of which has its own edit form).
    const add = page.locator("form", { has: page.getByRole("button", { name: "Add to the local program" }) });
    await add.getByLabel("Title").fill("Breakfast before the broadcast");
    await add.getByLabel("Starts (America/Toronto local time)").fill("2027-08-28T09:30");
    await add.getByLabel("Duration (minutes)").fill("60");
    await add.getByRole("button", { name: "Add to the local program" }).click();
    await expect(add.getByTestId("form-message")).toHaveText("Added to the local program.");
    await expect(page.getByTestId("local-items")).toContainText("09:30–10:30 EDT");

    await page.goto("/events/interactive-conference-2027/cities/toronto");
    const program = page.locator(".program");
    await expect(program).toContainText("Breakfast before the broadcast");
    await expect(program).toContainText("09:30–10:30 EDT");
    // The shared program, in Toronto's time: the opening at 17:00 Paris is 11:00 here.
    await expect(program.locator("li", { hasText: "Opening" })).toContainText("11:00–11:20 EDT");
  });
});

test.describe("invitations", () => {
  test("a coordinator invites an organizer, who signs up once through the link", async ({ page, browser }) => {
    const email = `invited-${Date.now()}@example.org`;
    await signInAs(page, "coordinator@demo.test");
    await page.getByLabel("Organizer's email").fill(email);
    await page.getByLabel("Name (optional)").fill("Inès Invited");
    await page.getByRole("button", { name: "Create an invitation link" }).click();
    const link = await page.getByTestId("invite-link").getByRole("textbox").inputValue();
    expect(link).toMatch(/\/sign-up\?invite=[\w-]{20,}$/);

    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(link);
    await expect(invited.getByText(`You were invited as a city organizer (${email})`)).toBeVisible();
    await expect(invited.getByLabel("Email")).toHaveValue(email);
    await expect(invited.getByLabel("Your name")).toHaveValue("Inès Invited");
    await invited.getByLabel("Password", { exact: false }).first().fill("a long enough password");
    await invited.getByRole("button", { name: "Create account" }).click();
    await expect(invited).toHaveURL(/\/dashboard$/);
    await context.close();

    const again = await browser.newPage();
    await again.goto(link);
    await expect(again.getByText("This invitation link is used or expired.")).toBeVisible();
    await again.close();
  });

  test("organizers cannot invite", async ({ page }) => {
    await signInAs(page, "paris@demo.test");
    await expect(page.getByRole("button", { name: "Create an invitation link" })).toHaveCount(0);
  });
});
