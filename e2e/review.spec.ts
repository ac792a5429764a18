import { expect, signInAs, test } from "./fixtures";

test("a coordinator approves cities one by one or several at once, and decides from a city's details page, always told what happened @phone", async ({
  page,
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const slug = `review-${stamp}`;
  const title = `Review day ${stamp}`;
  await signInAs(page, "coordinator@demo.test");
  const created = await page.request.post("/api/v1/events", {
    data: { slug, title, start: { local: "2027-05-15T17:00", timeZone: "Europe/Paris" }, durationMinutes: 120, languages: ["fa", "fr"] },
  });
  expect(created.status()).toBe(201);
  expect((await page.request.patch(`/api/v1/events/${slug}`, { data: { status: "published" } })).status()).toBe(200);

  // An organizer registers four cities (the API, as the registration form would).
  const organizer = await browser.newContext();
  const organizerPage = await organizer.newPage();
  await signInAs(organizerPage, "paris@demo.test");
  const cities = ["Lyon", "Nantes", "Lille", "Rouen"].map((city) => `${city} ${stamp}`);
  for (const name of cities) {
    const venue = { name: "Salle des fêtes", address: "1 place de la Mairie", capacity: 80, accessibility: "" };
    const response = await organizerPage.request.post(`/api/v1/events/${slug}/cities`, {
      data: { name, countryCode: "FR", timeZone: "Europe/Paris", venue, languages: ["fa"] },
    });
    expect(response.status()).toBe(201);
  }
  await organizer.close();
  const [lyon, nantes, lille, rouen] = cities as [string, string, string, string];

  await page.goto("/dashboard");
  const news = page.getByTestId("review-news");
  // One city: its card goes, and the board says what happened.
  await page.getByRole("button", { name: `Approve ${lyon} for ${title}` }).click();
  await expect(news).toContainText(`${lyon} is approved: it now appears on the public page of ${title}.`);
  await expect(page.getByTestId("pending-cities")).not.toContainText(lyon);

  // Two at once.
  await page.getByRole("checkbox", { name: `Choose ${nantes}` }).check();
  await page.getByRole("checkbox", { name: `Choose ${lille}` }).check();
  await page.getByRole("button", { name: "Approve the checked cities" }).click();
  await expect(news).toContainText(`2 cities approved: ${nantes}, ${lille}.`);
  await expect(page.getByTestId("pending-cities")).not.toContainText(nantes);
  const listed = await (await page.request.get(`/api/v1/events/${slug}`)).json();
  const approved = listed.cities.filter((c: { status: string }) => c.status === "approved");
  expect(approved.map((c: { name: string }) => c.name).sort()).toEqual([lille, lyon, nantes].sort());

  // From the details page: reject with a reason; the answer stays there.
  await page.locator("li.card", { hasText: rouen }).getByRole("link", { name: "Details" }).click();
  const review = page.getByTestId("review");
  await review.getByText("Reject…").click();
  await review.getByLabel("Reason (sent to the organizer)").fill("The venue is not confirmed yet.");
  await review.getByRole("button", { name: `Reject ${rouen} for ${title}` }).click();
  await expect(review.getByTestId("form-message")).toHaveText("Rejected.");
  await expect(page.getByText("Rejected: The venue is not confirmed yet.")).toBeVisible();
  await expect(review.getByRole("button", { name: `Approve ${rouen} for ${title}` })).toHaveCount(0);
});
