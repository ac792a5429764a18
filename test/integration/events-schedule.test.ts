// POST/PATCH /api/v1/events and GET /api/v1/events/{slug}/schedule.
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, call, signIn, sql, unique, visibleText } from "./helpers";

let coordinator: string, organizer: string;
beforeAll(async () => {
  coordinator = (await signIn("coordinator@demo.test"))!;
  organizer = (await signIn("paris@demo.test"))!;
});

const newEvent = (extra: Record<string, unknown> = {}) => ({
  slug: unique("spring"),
  title: "Spring gathering",
  start: { local: "2026-03-20T17:00", timeZone: "Europe/Paris" },
  durationMinutes: 120,
  languages: ["fa", "en"],
  ...extra,
});

describe("creating and publishing an event", () => {
  it("shows a start of 17:00 Paris on 20 March 2026 at 12:00 in Toronto (the weeks the US and Europe are out of step)", async () => {
    const body = newEvent();
    const created = await call("/api/v1/events", { method: "POST", cookie: coordinator, body: JSON.stringify(body) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      slug: body.slug,
      status: "draft",
      startsAt: "2026-03-20T16:00:00Z",
      endsAt: "2026-03-20T18:00:00Z",
      anchorTimeZone: "Europe/Paris",
      version: 1,
    });
    expect(created.body.languages.map((l: { code: string }) => l.code)).toEqual(["fa", "en"]);

    // A draft is invisible to the public, schedule included.
    expect((await call(`/api/v1/events/${body.slug}/schedule`)).status).toBe(404);

    const item = await call(`/api/v1/events/${body.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Opening", kind: "opening", start: { local: "2026-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 30 }),
    });
    expect(item.status).toBe(201);

    const published = await call(`/api/v1/events/${body.slug}`, {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ status: "published", version: 1, languages: [{ code: "fa", streamUrl: "https://stream.example.org/fa" }, { code: "en" }] }),
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: "published", version: 2 });
    expect(published.body.languages[0]).toMatchObject({ code: "fa", streamUrl: "https://stream.example.org/fa" });

    const toronto = await call(`/api/v1/events/${body.slug}/schedule?tz=America/Toronto`);
    expect(toronto.status).toBe(200);
    expect(toronto.body.timeZone).toBe("America/Toronto");
    expect(toronto.body.items).toEqual([
      expect.objectContaining({
        title: "Opening",
        citySlug: null,
        startsAt: "2026-03-20T16:00:00Z",
        localStart: "2026-03-20T12:00:00-04:00",
        localEnd: "2026-03-20T12:30:00-04:00",
        assignments: [],
      }),
    ]);
    const anchor = await call(`/api/v1/events/${body.slug}/schedule`);
    expect(anchor.body.items[0].localStart).toBe("2026-03-20T17:00:00+01:00");
  });

  it("moves the program with the event when its start moves, and refuses a stale version", async () => {
    const body = newEvent();
    await call("/api/v1/events", { method: "POST", cookie: coordinator, body: JSON.stringify(body) });
    await call(`/api/v1/events/${body.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Panel", kind: "panel", start: { local: "2026-03-20T18:00", timeZone: "Europe/Paris" }, durationMinutes: 30 }),
    });
    const moved = await call(`/api/v1/events/${body.slug}`, {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ version: 1, start: { local: "2026-03-20T19:00", timeZone: "Europe/Paris" } }),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ startsAt: "2026-03-20T18:00:00Z", endsAt: "2026-03-20T20:00:00Z" });
    const schedule = await call(`/api/v1/events/${body.slug}/schedule`, { cookie: coordinator });
    expect(schedule.body.items[0].localStart).toBe("2026-03-20T20:00:00+01:00");
    const stale = await call(`/api/v1/events/${body.slug}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ version: 1, title: "Lost" }) });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    const [row] = await sql(`select title from "Event" where slug = $1`, [body.slug]);
    expect(row.title).toBe("Spring gathering");
  });

  it("is for coordinators only, checked before the input", async () => {
    expect((await call("/api/v1/events", { method: "POST", body: JSON.stringify(newEvent()) })).status).toBe(401);
    expect((await call("/api/v1/events", { method: "POST", cookie: organizer, body: JSON.stringify({}) })).status).toBe(403);
    expect(
      (await call("/api/v1/events/interactive-conference-2027", { method: "PATCH", cookie: organizer, body: JSON.stringify({ title: "x" }) })).status,
    ).toBe(403);
    expect((await call("/api/v1/events/planning-2028", { method: "PATCH", cookie: organizer, body: JSON.stringify({ title: "x" }) })).status).toBe(404);
  });

  it.each([
    ["both start and startsAt", { startsAt: "2026-03-20T16:00:00Z", anchorTimeZone: "Europe/Paris" }, "start"],
    ["startsAt without an anchor zone", { start: undefined, startsAt: "2026-03-20T16:00:00Z" }, "anchorTimeZone"],
    ["a start in the spring-forward gap", { start: { local: "2026-03-29T02:30", timeZone: "Europe/Paris" } }, "start.local"],
    ["an unknown language", { languages: ["xx"] }, "languages.0"],
    ["a slug with capitals", { slug: "Spring-2026" }, "slug"],
  ])("answers 400 for %s", async (_label, change, path) => {
    const response = await call("/api/v1/events", { method: "POST", cookie: coordinator, body: JSON.stringify(newEvent(change)) });
    expect(response.status).toBe(400);
    expect(response.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it("answers 409 slug_taken for an existing slug", async () => {
    const response = await call("/api/v1/events", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify(newEvent({ slug: "interactive-conference-2018" })),
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("slug_taken");
  });
});

describe("GET /api/v1/events/{slug}/schedule", () => {
  it("lists the shared program in the anchor zone with the speakers per language", async () => {
    const { status, body } = await call("/api/v1/events/interactive-conference-2018/schedule");
    expect(status).toBe(200);
    expect(body.items.map((i: { title: string }) => i.title)).toEqual([
      "Opening: 30 years on",
      "Survivors' testimonies",
      "Iranian associations: the uprising and the call for justice",
      "Lawmakers and personalities: ending impunity",
      "Closing message",
    ]);
    const closing = body.items[4];
    expect(closing).toMatchObject({ kind: "closing", language: "fa", citySlug: null, localStart: "2018-08-25T19:40:00+02:00", endsAt: "2018-08-25T18:00:00Z" });
    expect(closing.assignments).toEqual(
      expect.arrayContaining([
        { language: "fa", role: "speaker", status: "confirmed", speaker: { id: expect.any(String), name: "Maryam Rajavi", affiliation: expect.any(String) } },
      ]),
    );
    // Declined assignments and private contacts never reach the public.
    expect(JSON.stringify(body)).not.toMatch(/declined|example\.org/);
  });

  it("keeps one language's line-up with lang=, adds a city's local items with city=", async () => {
    const en = await call("/api/v1/events/interactive-conference-2018/schedule?lang=en&city=toronto&tz=America/Toronto");
    expect(en.status).toBe(200);
    for (const item of en.body.items) for (const a of item.assignments) expect(a.language).toBe("en");
    const local = en.body.items.find((i: { citySlug: string | null }) => i.citySlug === "toronto");
    expect(local).toMatchObject({ title: "Toronto community panel", localStart: "2018-08-25T14:15:00-04:00" });
    expect(en.body.items.some((i: { citySlug: string | null }) => i.citySlug === "paris")).toBe(false);
  });

  it.each([
    ["tz=CEST", "tz"],
    ["tz=%2B02:00", "tz"],
    ["lang=de", "lang"],
  ])("answers 400 for %s", async (query, path) => {
    const response = await call(`/api/v1/events/interactive-conference-2018/schedule?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toBe(path);
  });

  it("answers 404 for an unknown city", async () => {
    expect((await call("/api/v1/events/interactive-conference-2018/schedule?city=atlantis")).status).toBe(404);
  });
});

describe("who the public sees on an item", () => {
  it("only confirmed people, with their role, unless the event shows invited ones as to be confirmed (pages, API, feeds)", async () => {
    const body = newEvent({ languages: ["fa", "en"] });
    expect((await call("/api/v1/events", { method: "POST", cookie: coordinator, body: JSON.stringify(body) })).status).toBe(201);
    const item = await call(`/api/v1/events/${body.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Keynote", kind: "keynote", startsAt: "2026-03-20T16:00:00Z", durationMinutes: 30 }),
    });
    const person = async (name: string, languages: string[]) =>
      (await call("/api/v1/speakers", { method: "POST", cookie: coordinator, body: JSON.stringify({ name, languages }) })).body.id as string;
    const assign = async (speakerId: string, language: string, role: string) => {
      const created = await call(`/api/v1/events/${body.slug}/items/${item.body.id}/assignments`, {
        method: "POST",
        cookie: coordinator,
        body: JSON.stringify({ speakerId, language, role }),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id as string;
    };
    const confirmedName = unique("Confirmed Speaker");
    const invitedName = unique("Invited Interpreter");
    const confirmed = await assign(await person(confirmedName, ["fa"]), "fa", "speaker");
    await assign(await person(invitedName, ["fa", "en"]), "en", "interpreter");
    const path = `/api/v1/events/${body.slug}/items/${item.body.id}/assignments/${confirmed}`;
    expect((await call(path, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ status: "confirmed" }) })).status).toBe(200);
    const patch = (fields: Record<string, unknown>) =>
      call(`/api/v1/events/${body.slug}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify(fields) });
    expect((await patch({ status: "published" })).status).toBe(200);

    const publicViews = async () => {
      const schedule = await call(`/api/v1/events/${body.slug}/schedule`);
      const page = await fetch(new URL(`/events/${body.slug}`, baseUrl()), { headers: { "accept-language": "en" } });
      const feeds = await Promise.all(
        ["schedule.xml", "schedule.json", "calendar.ics"].map(async (feed) => (await fetch(new URL(`/events/${body.slug}/${feed}`, baseUrl()))).text()),
      );
      return { assignments: schedule.body.items[0].assignments, text: visibleText(await page.text()), feeds: feeds.join("\n") };
    };
    const hidden = await publicViews();
    expect(hidden.assignments).toEqual([{ language: "fa", role: "speaker", status: "confirmed", speaker: expect.objectContaining({ name: confirmedName }) }]);
    expect(hidden.text).toContain(`${confirmedName} (speaker)`);
    expect(hidden.text).not.toContain(invitedName);
    expect(hidden.feeds).toContain(confirmedName);
    expect(hidden.feeds).not.toContain(invitedName);
    // A coordinator still sees everyone, with their status.
    const own = await call(`/api/v1/events/${body.slug}/schedule`, { cookie: coordinator });
    expect(own.body.items[0].assignments.map((a: { status: string }) => a.status).sort()).toEqual(["confirmed", "invited"]);

    const shown = await patch({ showUnconfirmedPeople: true });
    expect(shown.status).toBe(200);
    expect(shown.body.showUnconfirmedPeople).toBe(true);
    const marked = await publicViews();
    expect(marked.assignments.map((a: { status: string; role: string }) => `${a.role} ${a.status}`)).toEqual(["speaker confirmed", "interpreter invited"]);
    expect(marked.text).toContain(`${invitedName} (interpreter, to be confirmed)`);
    expect(marked.text).toContain(`${confirmedName} (speaker)`);
  });
});

describe("GET /api/v1/time-zones", () => {
  it("names every zone in the asked language with its offset on the asked date, and refuses what it cannot answer", async () => {
    const summer = await call("/api/v1/time-zones?locale=fa&date=2027-08-28");
    expect(summer.status).toBe(200);
    expect(summer.headers.get("cache-control")).toContain("public");
    const stockholm = summer.body.zones.find((z: { id: string }) => z.id === "Europe/Stockholm");
    expect(stockholm).toMatchObject({ city: "استکهلم", offset: "UTC+02:00" });
    expect(summer.body.zones.some((z: { id: string }) => z.id === "Europe/Kiev" || z.id === "Asia/Calcutta")).toBe(false);
    const winter = await call("/api/v1/time-zones?locale=en&date=2027-01-16");
    expect(winter.body.zones.find((z: { id: string }) => z.id === "Europe/Stockholm").offset).toBe("UTC+01:00");
    for (const [query, path] of [
      ["locale=de&date=2027-08-28", "locale"],
      ["locale=en&date=2027-02-30", "date"],
      ["locale=en", "date"],
    ]) {
      const refused = await call(`/api/v1/time-zones?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });
});

describe("delaying the start on the day", () => {
  /** A published event starting `inMinutes` from now (negative: already started), with three items and a speaker with an address on the last. */
  async function dayOf(inMinutes: number) {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const slug = unique("delay");
    const start = new Date(Math.floor((Date.now() + inMinutes * 60_000) / 60_000) * 60_000);
    const iso = (minutes: number) => new Date(+start + minutes * 60_000).toISOString().replace(/\.000Z$/, "Z");
    const created = await call("/api/v1/events", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ slug, title: "Day of delays", startsAt: iso(0), durationMinutes: 120, anchorTimeZone: "Europe/Paris", languages: ["fa", "en"] }),
    });
    expect(created.status).toBe(201);
    await call(`/api/v1/events/${slug}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ status: "published" }) });
    const items = [];
    for (const [title, at] of [
      ["Opening", 0],
      ["Talk", 40],
      ["Closing", 90],
    ] as const) {
      const item = await call(`/api/v1/events/${slug}/items`, {
        method: "POST",
        cookie: coordinator,
        body: JSON.stringify({ title, kind: "talk", startsAt: iso(at), durationMinutes: 30 }),
      });
      items.push(item.body);
    }
    const email = `${unique("onstage")}@example.org`;
    const person = await call("/api/v1/speakers", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ name: unique("On stage"), languages: ["en"], contactEmail: email }),
    });
    await call(`/api/v1/events/${slug}/items/${items[2].id}/assignments`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ speakerId: person.body.id, language: "en", role: "speaker" }),
    });
    const delay = (body: object) => call(`/api/v1/events/${slug}/delay`, { method: "POST", cookie: coordinator, body: JSON.stringify(body) });
    const times = async () =>
      (await sql(`select i.title, i."startsAt" from "ProgramItem" i join "Event" e on e.id = i."eventId" where e.slug = $1 order by i.title`, [slug])).map(
        (r) => [r.title, +r.startsAt - +start],
      );
    return { slug, start, delay, times, email, coordinator };
  }

  it("before the start, moves everything once per delay (two at once apply one after the other), up to 240 minutes", async () => {
    const { slug, start, delay, times, email } = await dayOf(120);
    const version = (await call(`/api/v1/events/${slug}`)).body.version;
    const [a, b] = await Promise.all([delay({ minutes: 10 }), delay({ minutes: 5 })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const event = (await call(`/api/v1/events/${slug}`)).body;
    expect(event).toMatchObject({ delayMinutes: 15, scheduledStartsAt: start.toISOString().replace(/\.000Z$/, "Z") });
    expect(Date.parse(event.startsAt) - +start).toBe(15 * 60_000);
    expect(event.version).toBe(version + 2);
    // Each item moved by 15 minutes exactly: never twice, never missed.
    expect(await times()).toEqual([
      ["Closing", 105 * 60_000],
      ["Opening", 15 * 60_000],
      ["Talk", 55 * 60_000],
    ]);
    // The person on stage is told at once (not in a digest), in their zone, with their calendar entry updated.
    const [told] = await sql(`select kind, subject from "Message" where "toEmail" = $1 and kind = 'assignment.delayed' order by "createdAt"`, [email]);
    expect(told.subject).toMatch(/^Delayed by (10|5) minutes: Day of delays$/);
    expect((await delay({ minutes: 1, version })).status).toBe(409);
    const tooMuch = await delay({ minutes: 230 });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error.issues).toEqual([{ path: "minutes", message: "Delays add up to at most 240 minutes; 15 already." }]);
    expect((await delay({ minutes: 0 })).status).toBe(400);
    const page = await call(`/en/events/${slug}`);
    expect(page.visible).toContain("Delayed by 15 minutes: the times here are the new ones.");
  });

  it("during the event, moves only what has not begun, and the end", async () => {
    const { slug, start, delay, times } = await dayOf(-20);
    expect((await delay({ minutes: 10 })).status).toBe(200);
    const event = (await call(`/api/v1/events/${slug}`)).body;
    expect(Date.parse(event.startsAt)).toBe(+start); // it has started: its start stays
    expect(Date.parse(event.endsAt) - +start).toBe(130 * 60_000);
    expect(await times()).toEqual([
      ["Closing", 100 * 60_000],
      ["Opening", 0],
      ["Talk", 50 * 60_000],
    ]);
    expect((await call("/api/v1/events/" + slug + "/delay", { method: "POST", body: JSON.stringify({ minutes: 5 }) })).status).toBe(401);
  });
});
