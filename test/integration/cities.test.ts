// Host cities through the API: who may do what (a roles x actions x own/other matrix),
// field-level 400s, lost updates refused with 409, and an audit entry for every change.
import { beforeAll, describe, expect, it } from "vitest";
import { call, createCity, createEvent, signInCallers, sql, validVenue, type Who } from "./helpers";

let cookies: Partial<Record<Who, string>> = {};

beforeAll(async () => {
  cookies = await signInCallers();
});

type Action = { name: string; path: (e: string, c: string) => string; method: string; body?: unknown; expect: Record<Who, number> };
const ACTIONS: Action[] = [
  {
    name: "edit the venue",
    method: "PATCH",
    path: (e, c) => `/api/v1/events/${e}/cities/${c}`,
    body: { venue: { capacity: 99 } },
    expect: { anonymous: 401, "organizer (own city)": 200, "organizer (other city)": 403, coordinator: 200, admin: 200 },
  },
  {
    name: "approve",
    method: "POST",
    path: (e, c) => `/api/v1/events/${e}/cities/${c}/approve`,
    expect: { anonymous: 401, "organizer (own city)": 403, "organizer (other city)": 403, coordinator: 200, admin: 200 },
  },
  {
    name: "reject",
    method: "POST",
    path: (e, c) => `/api/v1/events/${e}/cities/${c}/reject`,
    body: { reason: "Venue too small" },
    expect: { anonymous: 401, "organizer (own city)": 403, "organizer (other city)": 403, coordinator: 200, admin: 200 },
  },
  {
    name: "withdraw",
    method: "POST",
    path: (e, c) => `/api/v1/events/${e}/cities/${c}/withdraw`,
    expect: { anonymous: 401, "organizer (own city)": 200, "organizer (other city)": 403, coordinator: 403, admin: 403 },
  },
];

describe("the permission matrix of host cities", () => {
  for (const action of ACTIONS) {
    for (const who of Object.keys(action.expect) as Who[]) {
      const expected = action.expect[who];
      it(`${who} may${expected < 300 ? "" : " not"} ${action.name} (${expected})`, async () => {
        const event = await createEvent();
        const city = await createCity(event.id, "paris@demo.test");
        const [before] = await sql(`select * from "HostCity" where id = $1`, [city.id]);
        const response = await call(action.path(event.slug, city.slug), {
          method: action.method,
          cookie: cookies[who],
          body: action.body === undefined ? undefined : JSON.stringify(action.body),
        });
        expect(response.status).toBe(expected);
        const [after] = await sql(`select * from "HostCity" where id = $1`, [city.id]);
        const audits = await sql(`select action from "AuditEntry" where "entityId" = $1`, [city.id]);
        if (expected < 300) {
          expect(after.version).toBe(before.version + 1);
          expect(audits).toHaveLength(1);
        } else {
          expect(response.body.error.code).toBe(expected === 401 ? "unauthenticated" : "forbidden");
          expect(after).toEqual(before); // denied requests change nothing
          expect(audits).toHaveLength(0);
        }
      });
    }
  }

  it("answers 404 before 403: an unknown city, or a draft event's city, is not found", async () => {
    const event = await createEvent();
    expect((await call(`/api/v1/events/${event.slug}/cities/nowhere/approve`, { method: "POST", cookie: cookies.coordinator })).status).toBe(404);
    const draft = await createEvent({ status: "DRAFT" });
    const city = await createCity(draft.id, "paris@demo.test");
    const response = await call(`/api/v1/events/${draft.slug}/cities/${city.slug}`, { method: "PATCH", cookie: cookies["organizer (own city)"], body: "{}" });
    expect(response.status).toBe(404);
  });
});

describe("registering a city", () => {
  it("lets any signed-in organizer register a pending city, and makes them its organizer", async () => {
    const event = await createEvent();
    const response = await call(`/api/v1/events/${event.slug}/cities`, {
      method: "POST",
      cookie: cookies["organizer (other city)"],
      body: JSON.stringify({ name: "Montréal", countryCode: "ca", timeZone: "America/Toronto", venue: validVenue, languages: ["fa"] }),
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      slug: "montreal",
      name: "Montréal",
      countryCode: "CA",
      timeZone: "America/Toronto",
      status: "pending",
      localStart: "2027-08-28T11:00:00-04:00",
      utcOffset: "-04:00",
      languages: ["fa"],
      venue: validVenue,
      version: 1,
      organizers: [{ email: "toronto@demo.test", name: expect.any(String) }],
    });
    // Pending cities are not public.
    const publicView = await call(`/api/v1/events/${event.slug}`);
    expect(publicView.body.cities).toEqual([]);
    const [entry] = await sql(
      `select action, after from "AuditEntry" where "entityType" = 'HostCity' and "entityId" = (select id::text from "HostCity" where slug = 'montreal' and "eventId" = $1)`,
      [event.id],
    );
    expect(entry.action).toBe("host_city.register");
    expect(entry.after.timeZone).toBe("America/Toronto");
  });

  it("refuses a slug already used in the event with 409 slug_taken", async () => {
    const event = await createEvent();
    const body = JSON.stringify({ name: "Oslo", countryCode: "NO", timeZone: "Europe/Oslo", venue: validVenue });
    expect((await call(`/api/v1/events/${event.slug}/cities`, { method: "POST", cookie: cookies.coordinator, body })).status).toBe(201);
    const again = await call(`/api/v1/events/${event.slug}/cities`, { method: "POST", cookie: cookies["organizer (own city)"], body });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("slug_taken");
  });

  it.each([
    ["an abbreviation as time zone", { timeZone: "CEST" }, "timeZone"],
    ["an offset as time zone", { timeZone: "+02:00" }, "timeZone"],
    ["a negative capacity", { venue: { ...validVenue, capacity: -5 } }, "venue.capacity"],
    ["an empty name", { name: "  " }, "name"],
    ["an unknown country", { countryCode: "XX" }, "countryCode"],
    ["a language the event does not broadcast", { languages: ["de"] }, "languages"],
  ])("answers 400 with a field-level message for %s", async (_label, change, path) => {
    const event = await createEvent();
    const body = { name: "Oslo", countryCode: "NO", timeZone: "Europe/Oslo", venue: validVenue, ...change };
    const response = await call(`/api/v1/events/${event.slug}/cities`, { method: "POST", cookie: cookies["organizer (own city)"], body: JSON.stringify(body) });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("validation_error");
    expect(response.body.error.issues).toEqual(expect.arrayContaining([{ path, message: expect.any(String) }]));
    expect(await sql(`select 1 from "HostCity" where "eventId" = $1`, [event.id])).toHaveLength(0);
  });

  it("names the problem for a zone abbreviation", async () => {
    const event = await createEvent();
    const body = { name: "Oslo", countryCode: "NO", timeZone: "CEST", venue: validVenue };
    const response = await call(`/api/v1/events/${event.slug}/cities`, { method: "POST", cookie: cookies.coordinator, body: JSON.stringify(body) });
    expect(response.body.error.issues[0].message).toMatch(/not an IANA time zone/);
  });

  it("refuses registration when the event is closed for it", async () => {
    const event = await createEvent({ registrationOpen: false });
    const body = JSON.stringify({ name: "Oslo", countryCode: "NO", timeZone: "Europe/Oslo", venue: validVenue });
    const response = await call(`/api/v1/events/${event.slug}/cities`, { method: "POST", cookie: cookies["organizer (own city)"], body });
    expect(response.status).toBe(403);
  });
});

describe("reviewing and publishing", () => {
  it("puts an approved city on the public page at its local time, and a rejection carries its reason", async () => {
    const event = await createEvent();
    const oslo = await createCity(event.id, "paris@demo.test", "PENDING", "Oslo");
    await sql(`update "HostCity" set "timeZone" = 'Europe/Oslo', "countryCode" = 'NO' where id = $1`, [oslo.id]);
    expect((await call(`/api/v1/events/${event.slug}`)).body.cities).toEqual([]);
    const approved = await call(`/api/v1/events/${event.slug}/cities/${oslo.slug}/approve`, { method: "POST", cookie: cookies.coordinator });
    expect(approved.body.status).toBe("approved");
    const publicView = await call(`/api/v1/events/${event.slug}`);
    expect(publicView.body.cities).toEqual([expect.objectContaining({ slug: oslo.slug, localStart: "2027-08-28T17:00:00+02:00" })]);

    const rejected = await call(`/api/v1/events/${event.slug}/cities/${oslo.slug}/reject`, {
      method: "POST",
      cookie: cookies.coordinator,
      body: JSON.stringify({ reason: "No venue yet" }),
    });
    expect(rejected.body).toMatchObject({ status: "rejected", rejectionReason: "No venue yet" });
    expect((await call(`/api/v1/events/${event.slug}`)).body.cities).toEqual([]);
  });

  it("requires a reason to reject", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test");
    const response = await call(`/api/v1/events/${event.slug}/cities/${city.slug}/reject`, { method: "POST", cookie: cookies.coordinator, body: "{}" });
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toBe("reason");
  });

  it("shows private contact details to the city's organizer, never to the public", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test", "APPROVED");
    const own = await call(`/api/v1/events/${event.slug}/cities/${city.slug}`, { cookie: cookies["organizer (own city)"] });
    expect(own.body.contact.email).toBe("private@example.org");
    for (const cookie of [undefined, cookies["organizer (other city)"]]) {
      const response = await call(`/api/v1/events/${event.slug}/cities/${city.slug}`, { cookie });
      expect(response.status).toBe(200);
      expect(response.text).not.toContain("private@example.org");
    }
  });
});

describe("no lost updates", () => {
  it("answers the second of two saves from the same version with 409 and keeps the first", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test");
    const path = `/api/v1/events/${event.slug}/cities/${city.slug}`;
    const first = await call(path, {
      method: "PATCH",
      cookie: cookies["organizer (own city)"],
      body: JSON.stringify({ version: 1, venue: { name: "Tab A" } }),
    });
    expect(first.status).toBe(200);
    const second = await call(path, { method: "PATCH", cookie: cookies.coordinator, body: JSON.stringify({ version: 1, venue: { name: "Tab B" } }) });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe("stale_version");
    const [row] = await sql(`select "venueName", version from "HostCity" where id = $1`, [city.id]);
    expect(row).toEqual({ venueName: "Tab A", version: 2 });
  });

  it("lets exactly one of many concurrent saves of the same version win", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test");
    const path = `/api/v1/events/${event.slug}/cities/${city.slug}`;
    const responses = await Promise.all(
      ["A", "B", "C", "D"].map((tab) =>
        call(path, { method: "PATCH", cookie: cookies.coordinator, body: JSON.stringify({ version: 1, venue: { name: `Tab ${tab}` } }) }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const winner = responses.find((r) => r.status === 200)!.body.venue.name;
    const [row] = await sql(`select "venueName", version from "HostCity" where id = $1`, [city.id]);
    expect(row).toEqual({ venueName: winner, version: 2 });
    expect(await sql(`select 1 from "AuditEntry" where "entityId" = $1`, [city.id])).toHaveLength(1);
  });
});

describe("the audit log", () => {
  it("shows coordinators who changed what, before and after, and is closed to organizers", async () => {
    const event = await createEvent();
    const city = await createCity(event.id, "paris@demo.test");
    await call(`/api/v1/events/${event.slug}/cities/${city.slug}`, {
      method: "PATCH",
      cookie: cookies["organizer (own city)"],
      body: JSON.stringify({ venue: { name: "Salle Voltaire" } }),
    });
    const page = await call(`/dashboard/audit?event=${event.slug}`, { cookie: cookies.coordinator });
    expect(page.status).toBe(200);
    // In the reader's words, never the record's internal names.
    expect(page.visible).toContain("City details changed Lyon");
    expect(page.visible).toContain("Venue Salle Salle Voltaire");
    expect(page.visible).not.toContain("host_city.update");
    expect(page.visible).not.toContain("venue.name");
    expect(page.visible).toContain("paris@demo.test");
    expect((await call("/dashboard/audit", { cookie: cookies["organizer (own city)"] })).status).toBe(403);
  });
});
