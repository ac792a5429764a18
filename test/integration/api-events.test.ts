// GET /api/v1/events and /api/v1/events/{slug}: shapes, visibility and errors of docs/contract.md.
import { describe, expect, it } from "vitest";
import { call, signIn, sql, unique } from "./helpers";

describe("GET /api/v1/events", () => {
  it("lists published and cancelled events, newest first, never drafts", async () => {
    const { status, body } = await call("/api/v1/events");
    expect(status).toBe(200);
    const slugs = body.events.map((e: { slug: string }) => e.slug);
    expect(slugs).toEqual(
      expect.arrayContaining([
        "interactive-conference-2027",
        "british-parliament-2023",
        "witnesses-online-2021",
        "interactive-conference-2018",
        "paris-city-hall-2018",
      ]),
    );
    expect(slugs).not.toContain("planning-2028");
    const starts = body.events.map((e: { startsAt: string }) => e.startsAt);
    expect([...starts].sort().reverse()).toEqual(starts);
  });
});

describe("GET /api/v1/events/{slug}", () => {
  it("gives every approved city its zone, offset and local start and end", async () => {
    const { status, body } = await call("/api/v1/events/interactive-conference-2018");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      slug: "interactive-conference-2018",
      status: "published",
      attendanceMode: "in_person",
      startsAt: "2018-08-25T15:00:00Z",
      endsAt: "2018-08-25T18:00:00Z",
      anchorTimeZone: "Europe/Paris",
      version: expect.any(Number),
    });
    expect(body.languages.map((l: { code: string }) => l.code)).toEqual(["fa", "en", "fr", "ar"]);
    expect(body.languages[0]).toMatchObject({ code: "fa", name: "Persian", direction: "rtl" });
    expect(body.cities).toHaveLength(18);
    const city = (slug: string) => body.cities.find((c: { slug: string }) => c.slug === slug);
    expect(city("toronto")).toMatchObject({
      name: "Toronto",
      countryCode: "CA",
      timeZone: "America/Toronto",
      utcOffset: "-04:00",
      localStart: "2018-08-25T11:00:00-04:00",
      localEnd: "2018-08-25T14:00:00-04:00",
      status: "approved",
    });
    expect(city("paris")).toMatchObject({ utcOffset: "+02:00", localStart: "2018-08-25T17:00:00+02:00" });
    expect(city("london")).toMatchObject({ utcOffset: "+01:00", localStart: "2018-08-25T16:00:00+01:00" });
    expect(city("vancouver")).toMatchObject({ utcOffset: "-07:00", localStart: "2018-08-25T08:00:00-07:00" });
    expect(city("helsinki")).toMatchObject({ utcOffset: "+03:00", localStart: "2018-08-25T18:00:00+03:00" });
    // The demo's community halls keep their street address for confirmed attendees: null to the public.
    expect(city("paris").venue).toEqual({ name: expect.any(String), address: null, addressPublic: false, capacity: 400, accessibility: expect.any(String) });
    expect(city("paris").attendeeRegistration).toEqual({ open: false, closesAt: null, approval: false, maxSeatsPerPerson: 4 });
    expect(JSON.stringify(body)).not.toContain("Community Square");
    // Private contact details never appear in a public response.
    expect(JSON.stringify(body)).not.toMatch(/organizers\.example\.org|contact/i);
  });

  it("shows the public only approved cities", async () => {
    const { body } = await call("/api/v1/events/interactive-conference-2027");
    expect(body.cities.map((c: { slug: string }) => c.slug).sort()).toEqual(["berlin", "london", "paris", "stockholm", "toronto"]);
  });

  it("answers 404 in the error shape for an unknown event and an unknown route", async () => {
    const missing = await call("/api/v1/events/no-such-event");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    const route = await call("/api/v1/nothing-here");
    expect(route.status).toBe(404);
    expect(route.body.error.code).toBe("not_found");
  });

  it("hides drafts from the public and from organizers, and shows them to coordinators", async () => {
    expect((await call("/api/v1/events/planning-2028")).status).toBe(404);
    const organizer = await signIn("paris@demo.test");
    expect((await call("/api/v1/events/planning-2028", { cookie: organizer! })).status).toBe(404);
    const coordinator = await signIn("coordinator@demo.test");
    const draft = await call("/api/v1/events/planning-2028", { cookie: coordinator! });
    expect(draft.status).toBe(200);
    expect(draft.body.status).toBe("draft");
    // Coordinators also see pending cities, with their status.
    const upcoming = await call("/api/v1/events/interactive-conference-2027", { cookie: coordinator! });
    expect(upcoming.body.cities.filter((c: { status: string }) => c.status === "pending")).toHaveLength(2);
  });

  it("keeps a cancelled event public, marked cancelled, on the API and its page", async () => {
    const slug = unique("cancelled");
    await sql(
      `insert into "Event" (id, slug, title, status, "startsAt", "endsAt", "anchorTimeZone", "updatedAt")
       values (gen_random_uuid(), $1, 'Cancelled gathering', 'CANCELLED', '2027-05-01T15:00Z', '2027-05-01T17:00Z', 'Europe/Paris', now())`,
      [slug],
    );
    const api = await call(`/api/v1/events/${slug}`);
    expect(api.status).toBe(200);
    expect(api.body.status).toBe("cancelled");
    const page = await call(`/en/events/${slug}`);
    expect(page.status).toBe(200);
    expect(page.visible).toContain("This event has been cancelled.");
  });
});

describe("writes from another site", () => {
  it("are refused with 403 when the Origin header names another site", async () => {
    const coordinator = await signIn("coordinator@demo.test");
    // Every API write goes through lib/api/handler.ts, which checks Origin first.
    const response = await call("/api/v1/events/interactive-conference-2027/cities", {
      method: "POST",
      cookie: coordinator!,
      headers: { origin: "https://evil.example" },
      body: "{}",
    });
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe("forbidden");
  });
});

describe("public pages", () => {
  it("answer 404, not 500, for paths that are not pages (the browser's /favicon.ico, probes)", async () => {
    for (const path of ["/favicon.ico", "/wp-login.php", "/xx", "/events/x.json"]) {
      expect((await call(path)).status, path).toBe(404);
    }
  });

  it("show each city's local start labelled with its zone, and 404 for a draft", async () => {
    const page = await call("/en/events/interactive-conference-2018");
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html lang="en" dir="ltr"/);
    expect(page.visible).toContain("Toronto Canada 11:00 EDT America/Toronto");
    expect(page.visible).toContain("Paris France 17:00 CEST Europe/Paris");
    expect(page.visible).toContain("Vancouver Canada 08:00 PDT America/Vancouver");
    expect((await call("/en/events/planning-2028")).status).toBe(404);
    expect((await call("/en/events/interactive-conference-2027/cities/vancouver")).status).toBe(404);
    const city = await call("/en/events/interactive-conference-2018/cities/toronto");
    expect(city.status).toBe(200);
    expect(city.visible).toContain("11:00 – 14:00 EDT America/Toronto time");
  });
});
