// POST /api/v1/events/{slug}/items: shared items for coordinators, local items for the
// city's organizers, wall-clock starts in a named zone with gaps and folds refused.
import { beforeAll, describe, expect, it } from "vitest";
import { call, createCity, createEvent, signIn, sql } from "./helpers";

let paris: string, toronto: string, coordinator: string;
beforeAll(async () => {
  paris = (await signIn("paris@demo.test"))!;
  toronto = (await signIn("toronto@demo.test"))!;
  coordinator = (await signIn("coordinator@demo.test"))!;
});

const item = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    title: "Welcome reception",
    kind: "reception",
    start: { local: "2027-08-28T16:00", timeZone: "Europe/Paris" },
    durationMinutes: 45,
    ...extra,
  });

describe("local program items", () => {
  it("lets an organizer add one to their own city, in the city's local time", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test", "APPROVED");
    const response = await call(`/api/v1/events/${event.slug}/items`, { method: "POST", cookie: paris, body: item({ citySlug: city.slug }) });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      title: "Welcome reception",
      kind: "reception",
      citySlug: city.slug,
      language: "fa",
      startsAt: "2027-08-28T14:00:00Z",
      endsAt: "2027-08-28T14:45:00Z",
      localStart: "2027-08-28T16:00:00+02:00",
      assignments: [],
    });
    const [entry] = await sql(`select action from "AuditEntry" where "entityId" = $1`, [response.body.id]);
    expect(entry.action).toBe("program_item.create");
    // It appears on the city's public page.
    const page = await call(`/en/events/${event.slug}/cities/${city.slug}`);
    expect(page.visible).toContain("Welcome reception");
  });

  it("refuses another city's organizer (403), a shared item from an organizer (403), no session (401), an unknown city (404)", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test");
    const path = `/api/v1/events/${event.slug}/items`;
    expect((await call(path, { method: "POST", cookie: toronto, body: item({ citySlug: city.slug }) })).status).toBe(403);
    expect((await call(path, { method: "POST", cookie: paris, body: item() })).status).toBe(403);
    expect((await call(path, { method: "POST", body: item({ citySlug: city.slug }) })).status).toBe(401);
    expect((await call(path, { method: "POST", cookie: paris, body: item({ citySlug: "atlantis" }) })).status).toBe(404);
    expect(await sql(`select 1 from "ProgramItem" where "eventId" = $1`, [event.id])).toHaveLength(0);
  });

  it("checks the role before the input: an organizer's invalid shared item is a 403, not a 400", async () => {
    const event = await createEvent();
    const response = await call(`/api/v1/events/${event.slug}/items`, { method: "POST", cookie: paris, body: JSON.stringify({ title: "" }) });
    expect(response.status).toBe(403);
  });
});

describe("shared program items", () => {
  it("lets a coordinator add one by instant", async () => {
    const event = await createEvent();
    const response = await call(`/api/v1/events/${event.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Opening", kind: "opening", startsAt: "2027-08-28T15:00:00Z", durationMinutes: 20, language: "en" }),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ citySlug: null, language: "en", localStart: "2027-08-28T17:00:00+02:00" });
  });

  it.each([
    ["a time in the spring-forward gap", { start: { local: "2027-03-28T02:30", timeZone: "Europe/Paris" } }, "start.local", /does not exist/],
    ["a time in the autumn fold", { start: { local: "2027-10-31T02:30", timeZone: "Europe/Paris" } }, "start.local", /happens twice/],
    ["both start and startsAt", { startsAt: "2027-08-28T15:00:00Z" }, "start", /not both/],
    ["an abbreviation as zone", { start: { local: "2027-08-28T17:00", timeZone: "CEST" } }, "start.timeZone", /IANA/],
    ["a zero duration", { durationMinutes: 0 }, "durationMinutes", /at least one minute/],
    ["an unknown kind", { kind: "party" }, "kind", /Choose one of/],
  ])("answers 400 for %s", async (_label, change, path, message) => {
    const event = await createEvent();
    const response = await call(`/api/v1/events/${event.slug}/items`, { method: "POST", cookie: coordinator, body: item(change) });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_error");
    expect(response.body.error.issues).toEqual(expect.arrayContaining([{ path, message: expect.stringMatching(message) }]));
  });
});

describe("changing and removing items", () => {
  it("patches an item with a version, refuses a stale one, and deletes it", async () => {
    const event = await createEvent();
    const created = await call(`/api/v1/events/${event.slug}/items`, { method: "POST", cookie: coordinator, body: item() });
    const path = `/api/v1/events/${event.slug}/items/${created.body.id}`;
    const moved = await call(path, {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ version: 1, start: { local: "2027-08-28T18:00", timeZone: "Europe/Paris" } }),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ startsAt: "2027-08-28T16:00:00Z", endsAt: "2027-08-28T16:45:00Z", version: 2 });
    const stale = await call(path, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ version: 1, title: "Lost" }) });
    expect(stale.status).toBe(409);
    expect((await call(path, { method: "DELETE", cookie: paris })).status).toBe(403);
    expect((await call(path, { method: "DELETE", cookie: coordinator })).status).toBe(204);
    expect(await sql(`select 1 from "ProgramItem" where id = $1`, [created.body.id])).toHaveLength(0);
  });

  it("answers 404 for an item id that is not a UUID or not of this event", async () => {
    const event = await createEvent();
    expect((await call(`/api/v1/events/${event.slug}/items/not-a-uuid`, { method: "PATCH", cookie: coordinator, body: "{}" })).status).toBe(404);
    expect((await call(`/api/v1/events/${event.slug}/items/00000000-0000-4000-8000-000000000000`, { method: "DELETE", cookie: coordinator })).status).toBe(404);
  });
});
