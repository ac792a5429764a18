// The live read (GET /api/v1/events/{slug}/live) at instants the test chooses (?at=, which only the
// tests' build accepts): phases, what is on now and next per language (a city adding its own
// items, in its zone), a delay seen at once, and the answer's cache headers.
import { describe, expect, it } from "vitest";
import { call, createCity, createEvent, signIn } from "./helpers";

async function liveEvent() {
  const coordinator = (await signIn("coordinator@demo.test"))!;
  const event = await createEvent(); // 2027-08-28 15:00–18:00 UTC, fa and en
  const add = async (body: object, cookie = coordinator) => {
    const response = await call(`/api/v1/events/${event.slug}/items`, { method: "POST", cookie, body: JSON.stringify({ kind: "talk", ...body }) });
    expect(response.status).toBe(201);
    return response.body;
  };
  const opening = await add({ title: "Opening", startsAt: "2027-08-28T15:00:00Z", durationMinutes: 30 });
  const panel = await add({ title: "Panel", startsAt: "2027-08-28T15:30:00Z", durationMinutes: 90 });
  await call(`/api/v1/events/${event.slug}/items/${panel.id}`, {
    method: "PATCH",
    cookie: coordinator,
    body: JSON.stringify({ version: panel.version, translations: { fa: { title: "میزگرد" } } }),
  });
  const city = await createCity(event.id, "paris@demo.test", "APPROVED");
  const paris = (await signIn("paris@demo.test"))!;
  await add({ title: "Local coffee", startsAt: "2027-08-28T16:00:00Z", durationMinutes: 20, citySlug: city.slug }, paris);
  const live = (at: string, city?: string) => call(`/api/v1/events/${event.slug}/live?at=${at}${city ? `&city=${city}` : ""}`);
  return { event, city, live, opening, coordinator };
}

describe("the live read", () => {
  it("says upcoming before the start, live with now and next per language during it, ended after", async () => {
    const { live, opening } = await liveEvent();
    const before = await live("2027-08-28T14:00:00Z");
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      phase: "upcoming",
      startsAt: "2027-08-28T15:00:00Z",
      scheduledStartsAt: "2027-08-28T15:00:00Z",
      delayMinutes: 0,
      serverTime: "2027-08-28T14:00:00.000Z",
    });
    expect(before.body.languages.map((l: { code: string }) => l.code)).toEqual(["fa", "en"]);
    expect(before.body.languages[0]).toMatchObject({ now: null, next: { id: opening.id, title: "Opening" } });

    const during = await live("2027-08-28T15:45:00Z");
    expect(during.body.phase).toBe("live");
    // Each language's own titles: the panel is translated into Persian.
    expect(during.body.languages[0]).toMatchObject({ code: "fa", now: { title: "میزگرد" }, next: null });
    expect(during.body.languages[1]).toMatchObject({ code: "en", now: { title: "Panel", localStart: "2027-08-28T17:30:00+02:00" }, next: null });

    const after = await live("2027-08-28T18:00:00Z");
    expect(after.body).toMatchObject({
      phase: "ended",
      languages: [
        { now: null, next: null },
        { now: null, next: null },
      ],
    });
  });

  it("adds a city's own items, in the city's zone, and refuses a city that is not the event's", async () => {
    const { live, city } = await liveEvent();
    const inParis = await live("2027-08-28T15:45:00Z", city.slug);
    expect(inParis.body.timeZone).toBe("Europe/Paris");
    expect(inParis.body.languages[1]).toMatchObject({ now: { title: "Panel" }, next: { title: "Local coffee", localStart: "2027-08-28T18:00:00+02:00" } });
    expect((await live("2027-08-28T16:05:00Z", city.slug)).body.languages[1].now.title).toBe("Local coffee");
    // Without the city, the shared program only.
    expect((await live("2027-08-28T16:05:00Z")).body.languages[1].now.title).toBe("Panel");
    const unknown = await live("2027-08-28T16:05:00Z", "atlantis");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("not_found");
  });

  it("shows a delay at once: delayed phase, the new start and the first plan", async () => {
    const { event, live, coordinator } = await liveEvent();
    const delayed = await call(`/api/v1/events/${event.slug}/delay`, { method: "POST", cookie: coordinator, body: JSON.stringify({ minutes: 10 }) });
    expect(delayed.status).toBe(200);
    const answer = await live("2027-08-28T15:05:00Z");
    expect(answer.body).toMatchObject({ phase: "delayed", startsAt: "2027-08-28T15:10:00Z", scheduledStartsAt: "2027-08-28T15:00:00Z", delayMinutes: 10 });
    expect(answer.body.languages[1].next).toMatchObject({ title: "Opening", startsAt: "2027-08-28T15:10:00Z" });
    expect((await live("2027-08-28T15:10:00Z")).body.phase).toBe("live");
  });

  it("is public, shareable for 5 seconds and never sets a cookie; an unknown event is a 404", async () => {
    const { event } = await liveEvent();
    const answer = await call(`/api/v1/events/${event.slug}/live`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("public, max-age=5, s-maxage=5");
    expect(answer.headers.get("set-cookie")).toBeNull();
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(Math.abs(Date.parse(answer.body.serverTime) - Date.now())).toBeLessThan(10_000);
    expect((await call("/api/v1/events/no-such-event/live")).status).toBe(404);
  });
});
