// Attendee registration, end to end through HTTP and the test server's real mail: asking, the
// button that confirms, seats and the waiting list (in parallel too), approval, cancelling and
// promotion, the private address kept from every public surface, who may read the list, throttling.
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { TEST_AUTH_SECRET } from "../../scripts/lib/config";
import { baseUrl, call, callAction, createCity, createEvent, signIn, sql, unique, visibleText as visibleOf } from "./helpers";
import { mailMatching, mailsTo } from "./mail-box";

/** A published event with an approved city taking registrations (`capacity` seats), organized by paris@demo.test. */
async function openCity(options: { capacity?: number | null; approval?: boolean; maxSeats?: number; addressPublic?: boolean } = {}) {
  const event = await createEvent();
  const city = await createCity(event.id, "paris@demo.test", "APPROVED", "Lyon");
  await sql(
    `update "HostCity" set "attendeeRegistrationOpen" = true, "attendeeApproval" = $2, "maxSeatsPerPerson" = $3, "venueCapacity" = $4,
       "venueAddressPublic" = $5, "venueAddress" = '12 rue Secrète, 69001 Lyon' where id = $1`,
    [city.id, options.approval ?? false, options.maxSeats ?? 4, options.capacity === undefined ? 80 : options.capacity, options.addressPublic ?? true],
  );
  return { event, city, path: `/api/v1/events/${event.slug}/cities/${city.slug}/registrations` };
}

/** A client of its own (the tests are the trusted proxy): throttling counts per network. */
const client = () => ({ "x-forwarded-for": `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

const ask = (path: string, body: object, headers: Record<string, string> = client()) => call(path, { method: "POST", body: JSON.stringify(body), headers });

const tokenOf = (id: string) => createHmac("sha256", TEST_AUTH_SECRET).update(`registration:${id}`).digest("base64url");

const act = (token: string, action: "confirm" | "seats" | "cancel" | "delete", fields: Record<string, string> = {}) => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return callAction("registrationAction", [token, action, form], { params: { token } });
};

const rowOf = async (scope: string, email: string) =>
  (await sql(`select id, status, seats, code from "Registration" where scope = $1 and email = $2`, [scope, email]))[0];

/** Asks and confirms through the mailed link's page; returns the registration's row and token. */
async function registered(path: string, scope: string, seats = 1, name = "Leila Ahmadi") {
  const email = `${unique("attendee")}@example.org`;
  expect((await ask(path, { name, email, seats })).status).toBe(202);
  const row = await rowOf(scope, email);
  const token = tokenOf(row.id);
  await act(token, "confirm");
  return { email, token, ...(await rowOf(scope, email)) };
}

describe("an attendee registers for a city's venue", () => {
  it("asks, gets a link, and only the button on its page confirms; the confirmed message carries the address, the code and a calendar file", async () => {
    const { event, city, path } = await openCity({ addressPublic: false });
    const email = `${unique("attendee")}@example.org`;
    const asked = await ask(path, { name: "Leila Ahmadi", email: email.toUpperCase(), seats: 2, locale: "fa" });
    expect(asked.status).toBe(202);
    expect(asked.body).toEqual({ status: "check_email" });

    const [confirm] = await mailsTo(email);
    expect(confirm!.subject).toBe(`ثبت‌نام خود را تأیید کنید: Test event ${event.slug} در Lyon`);
    expect(confirm!.html).toContain('dir="rtl"');
    expect(confirm!.text).toContain("۲ جا");
    const link = /\/registration\/([\w-]{43})/.exec(confirm!.text!)![1]!;
    // Opening the link (as a mail scanner does) decides nothing.
    const page = await call(`/registration/${link}`);
    expect(page.status).toBe(200);
    expect(page.visible).toContain("هنوز تأیید نشده");
    expect((await rowOf(city.id, email)).status).toBe("UNCONFIRMED");

    const pressed = await act(link, "confirm");
    expect(pressed.redirect).toContain(`/registration/${link}?done=confirmed`);
    const row = await rowOf(city.id, email);
    expect(row).toMatchObject({ status: "CONFIRMED", seats: 2 });
    const confirmed = await mailMatching(email, /قطعی شد/);
    expect(confirmed.subject).toBe(`ثبت‌نام شما قطعی شد: Test event ${event.slug} در Lyon`);
    expect(confirmed.text).toContain("12 rue Secrète, 69001 Lyon");
    expect(confirmed.text).toContain(row.code);
    // The event in the city's own time (17:00 in Lyon), with Persian digits.
    expect(confirmed.text).toContain("۱۷:۰۰");
    const qr = confirmed.attachments.find((a) => a.contentType === "image/png");
    expect(qr?.cid).toBe("door-code");
    // The HTML shows it inline (mailparser turns the cid: reference into the image's data).
    expect(confirmed.html).toContain('<img src="data:image/png;base64,');
    const ics = confirmed.attachments.find((a) => a.filename === "event.ics")!.content.toString("utf8");
    expect(ics).toContain("DTSTART:20270828T150000Z");
    expect(ics.replace(/\r\n /g, "")).toContain("12 rue Secrète");
    // The page now shows the seat, the address and the door code.
    const seated = await call(`/registration/${link}`);
    expect(seated.visible).toContain(row.code);
    expect(seated.visible).toContain("12 rue Secrète");
    expect(seated.text).toContain("<svg");
    // Pressing again changes nothing and sends nothing.
    await act(link, "confirm");
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sql(`select count(*)::int as n from "Message" where "toEmail" = $1`, [email])).toEqual([{ n: 2 }]);
  });

  it("a repeat with the same address takes no second seat, answers the same, and mails the registration as it stands", async () => {
    const { city, path } = await openCity();
    const first = await registered(path, city.id, 1);
    const again = await ask(path, { name: "Someone else", email: first.email, seats: 3 });
    expect(again.status).toBe(202);
    expect(again.body).toEqual({ status: "check_email" });
    expect(await sql(`select count(*)::int as n, sum(seats)::int as seats from "Registration" where scope = $1`, [city.id])).toEqual([{ n: 1, seats: 1 }]);
    const repeat = await mailMatching(first.email, /^Your registration: /);
    expect(repeat.text).toContain("Your registration: confirmed (1 seat).");
    expect(await mailsTo(first.email, 3)).toHaveLength(3);
  });

  it("refuses what it must: a city the public cannot see (404), closed registration (403), bad fields (400), too many seats (400)", async () => {
    const { event, city, path } = await openCity({ maxSeats: 2 });
    expect((await ask(`/api/v1/events/${event.slug}/cities/nowhere/registrations`, { name: "A", email: "a@example.org" })).status).toBe(404);
    const bad = await ask(path, { name: "", email: "not an address", seats: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["email", "name", "seats"]);
    const many = await ask(path, { name: "A", email: `${unique("a")}@example.org`, seats: 3 });
    expect(many.status).toBe(400);
    expect(many.body.error.issues).toEqual([{ path: "seats", message: "At most 2 seats per person here." }]);
    await sql(`update "HostCity" set "attendeeRegistrationClosesAt" = now() - interval '1 minute' where id = $1`, [city.id]);
    const closed = await ask(path, { name: "A", email: `${unique("a")}@example.org` });
    expect(closed.status).toBe(403);
    expect(closed.body.error.code).toBe("forbidden");
    await sql(`update "HostCity" set status = 'PENDING' where id = $1`, [city.id]);
    expect((await ask(path, { name: "A", email: `${unique("a")}@example.org` })).status).toBe(404);
  });

  it("a filled honeypot is answered alike and writes nothing; a flood for one address is throttled (429)", async () => {
    const { city, path } = await openCity();
    const robot = await ask(path, { name: "Bot", email: `${unique("bot")}@example.org`, website: "http://spam.example" });
    expect(robot.status).toBe(202);
    expect(await sql(`select count(*)::int as n from "Registration" where scope = $1`, [city.id])).toEqual([{ n: 0 }]);
    const email = `${unique("flooded")}@example.org`;
    for (let n = 0; n < 5; n++) expect((await ask(path, { name: "A", email })).status).toBe(202);
    const throttled = await ask(path, { name: "A", email });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("seats and the waiting list", () => {
  it("seats asked beyond what is left wait whole; a cancel promotes in order, skipping requests that do not fit", async () => {
    const { city, path } = await openCity({ capacity: 4 });
    const a = await registered(path, city.id, 3);
    expect(a.status).toBe("CONFIRMED");
    const b = await registered(path, city.id, 2); // 1 left: waits whole
    expect(b.status).toBe("WAITLISTED");
    const c = await registered(path, city.id, 1); // fits
    expect(c.status).toBe("CONFIRMED");
    const d = await registered(path, city.id, 1); // full
    expect(d.status).toBe("WAITLISTED");
    // C cancels: 1 seat frees; B (2) does not fit and keeps its place, D (1) gets it.
    expect((await act(c.token, "cancel")).redirect).toContain("done=cancelled");
    expect((await rowOf(city.id, c.email)).status).toBe("CANCELLED");
    expect((await rowOf(city.id, b.email)).status).toBe("WAITLISTED");
    expect((await rowOf(city.id, d.email)).status).toBe("CONFIRMED");
    const promoted = await mailMatching(d.email, /^A seat is yours: /);
    expect(promoted.text).toContain(d.code);
    // A gives back two seats: B, first in line, now fits.
    expect((await act(a.token, "seats", { seats: "1" })).redirect).toContain("done=seats");
    expect((await rowOf(city.id, b.email)).status).toBe("CONFIRMED");
    // Asking for more than is left is refused at the field.
    expect((await act(a.token, "seats", { seats: "3" })).redirect).toContain("problem=validation_error");
    expect((await rowOf(city.id, a.email)).seats).toBe(1);
  });

  it("more seats at the venue go to the waiting list at once", async () => {
    const { event, city, path } = await openCity({ capacity: 1 });
    await registered(path, city.id, 1);
    const waiting = await registered(path, city.id, 2);
    expect(waiting.status).toBe("WAITLISTED");
    const cityPath = `/api/v1/events/${event.slug}/cities/${city.slug}`;
    const patched = await call(cityPath, { method: "PATCH", cookie: (await signIn("paris@demo.test"))!, body: JSON.stringify({ venue: { capacity: 3 } }) });
    expect(patched.status).toBe(200);
    expect((await rowOf(city.id, waiting.email)).status).toBe("CONFIRMED");
    await mailMatching(waiting.email, /^A seat is yours: /);
  });

  it("50 parallel confirmations for the last 3 seats give exactly 3", { timeout: 120_000 }, async () => {
    const { event, city } = await openCity({ capacity: 3 });
    const ids: string[] = [];
    for (let n = 0; n < 50; n++) {
      const [row] = await sql(
        `insert into "Registration" (id, "eventId", "hostCityId", scope, name, email, seats, locale, "tokenHash", code, "updatedAt")
         values (gen_random_uuid(), $1, $2, $2, $3, $4, 1, 'en', 'pending-' || gen_random_uuid(), $5, now()) returning id`,
        [event.id, city.id, `Person ${n}`, `${unique("crowd")}@example.org`, `T${String(n).padStart(5, "0")}`],
      );
      ids.push(row.id);
    }
    const { createHash } = await import("node:crypto");
    for (const id of ids) await sql(`update "Registration" set "tokenHash" = $2 where id = $1`, [id, createHash("sha256").update(tokenOf(id)).digest("hex")]);
    const answers = await Promise.all(ids.map((id) => act(tokenOf(id), "confirm")));
    expect(answers.every((a) => a.redirect?.includes("done="))).toBe(true);
    const counts = await sql(`select status, count(*)::int as n from "Registration" where scope = $1 group by status order by status`, [city.id]);
    expect(counts).toEqual([
      { status: "CONFIRMED", n: 3 },
      { status: "WAITLISTED", n: 47 },
    ]);
  });
});

describe("cities that approve each registration", () => {
  it("holds it for the organizers, who approve (a seat) or decline it; only they and coordinators read the list", async () => {
    const { event, city, path } = await openCity({ approval: true, capacity: 10 });
    const first = await registered(path, city.id, 2, "Arash Nouri");
    const second = await registered(path, city.id, 1, "Mina Sadeghi");
    expect(first.status).toBe("AWAITING_APPROVAL");
    const organizer = (await signIn("paris@demo.test"))!;
    const list = await call(path, { cookie: organizer });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    expect(list.body).toMatchObject({ capacity: 10, confirmedSeats: 0, awaitingSeats: 3 });
    expect(list.body.registrations.map((r: { name: string }) => r.name)).toEqual(["Arash Nouri", "Mina Sadeghi"]);
    expect((await call(`${path}?q=mina`, { cookie: organizer })).body.registrations).toHaveLength(1);
    expect((await call(`${path}?q=${second.code.toLowerCase()}`, { cookie: organizer })).body.registrations[0].name).toBe("Mina Sadeghi");

    const approved = await call(`${path}/${first.id}/approve`, { method: "POST", cookie: organizer });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "confirmed", seats: 2 });
    expect((await mailMatching(first.email, /^You are registered: /)).subject).toBe(`You are registered: Test event ${event.slug} in Lyon`);
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const declined = await call(`${path}/${second.id}/decline`, { method: "POST", cookie: coordinator });
    expect(declined.body).toMatchObject({ status: "declined" });
    await mailMatching(second.email, /^Registration not accepted: /);
    // Deciding twice is refused.
    expect((await call(`${path}/${second.id}/approve`, { method: "POST", cookie: coordinator })).status).toBe(409);

    expect((await call(path)).status).toBe(401);
    expect((await call(path, { cookie: (await signIn("toronto@demo.test"))! })).status).toBe(403);
    expect((await call(`${path}/${first.id}/decline`, { method: "POST", cookie: (await signIn("toronto@demo.test"))! })).status).toBe(403);
  });
});

describe("a private address", () => {
  it("never reaches a public surface: page, API, feeds, JSON-LD; the city's organizers still read it", async () => {
    const { event, city } = await openCity();
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const cityPath = `/api/v1/events/${event.slug}/cities/${city.slug}`;
    const version = (await call(cityPath, { cookie: coordinator })).body.version;
    const patched = await call(cityPath, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ venue: { addressPublic: false }, version }) });
    expect(patched.status).toBe(200);
    expect(patched.body.venue).toMatchObject({ address: "12 rue Secrète, 69001 Lyon", addressPublic: false });
    for (const surface of [
      `/en/events/${event.slug}`,
      `/en/events/${event.slug}/cities/${city.slug}`,
      `/api/v1/events/${event.slug}`,
      `/api/v1/events/${event.slug}/schedule`,
      `/events/${event.slug}/calendar.ics`,
      `/events/${event.slug}/cities/${city.slug}/calendar.ics`,
      `/events/${event.slug}/schedule.json`,
      `/events/${event.slug}/schedule.xml`,
    ]) {
      const answer = await call(surface);
      expect(answer.status, surface).toBe(200);
      expect(answer.text, surface).not.toContain("Secrète");
    }
    const page = await call(`/en/events/${event.slug}/cities/${city.slug}`);
    expect(page.visible).toContain("The address is sent to attendees whose seat is confirmed.");
    const jsonLd = /<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(page.text)![1]!;
    expect(jsonLd).toContain('"addressLocality":"Lyon"');
    expect(jsonLd).not.toContain("streetAddress");
    expect((await call(`/api/v1/events/${event.slug}`)).body.cities[0].venue).toMatchObject({ address: null, addressPublic: false });
  });
});

describe("at the door, in the spreadsheet, and on the coordinators' board", () => {
  it("checks a confirmed attendee in once (again: says when), refuses one on the waiting list, and counts seats per city", async () => {
    const { event, city, path } = await openCity({ capacity: 2 });
    const seated = await registered(path, city.id, 2, "Reza Karimi");
    const waiting = await registered(path, city.id, 1, "Sara Jafari");
    const organizer = (await signIn("paris@demo.test"))!;
    const first = await call(`${path}/${seated.id}/check-in`, { method: "POST", cookie: organizer });
    expect(first.status).toBe(200);
    expect(first.body.alreadyCheckedIn).toBe(false);
    expect(first.body.registration.checkedInAt).toMatch(/Z$/);
    const again = await call(`${path}/${seated.id}/check-in`, { method: "POST", cookie: organizer });
    expect(again.body).toMatchObject({ alreadyCheckedIn: true, registration: { checkedInAt: first.body.registration.checkedInAt } });
    const refused = await call(`${path}/${waiting.id}/check-in`, { method: "POST", cookie: organizer });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("waitlisted");
    expect((await call(`${path}/${seated.id}/check-in`, { method: "POST", cookie: (await signIn("toronto@demo.test"))! })).status).toBe(403);

    const coordinator = (await signIn("coordinator@demo.test"))!;
    const board = await call(`/dashboard/events/${event.slug}/attendance`, { cookie: coordinator });
    expect(board.status).toBe(200);
    const row = new RegExp(`data-city="${city.slug}".*?</tr>`, "s").exec(board.text)![0];
    expect(visibleOf(row)).toMatch(/Lyon\s*2\s*2\s*1\s*0\s*2/);
    expect((await call(`/dashboard/events/${event.slug}/attendance`, { cookie: organizer })).status).toBe(403);
  });

  it("exports the city's registrations as CSV (UTF-8 with a BOM, formulas kept inert) to its organizers only", async () => {
    const { city, path } = await openCity();
    await registered(path, city.id, 1, '=HYPERLINK("http://evil.example")');
    await registered(path, city.id, 2, "نسرین توکلی");
    const organizer = (await signIn("paris@demo.test"))!;
    const csvPath = `${path}.csv`;
    const csv = await call(csvPath, { cookie: organizer });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="registrations-/);
    const lines = csv.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    // The byte-order mark (fetch's text() drops it, so the bytes are read).
    const bytes = new Uint8Array(await (await fetch(`${baseUrl()}${csvPath}`, { headers: { cookie: organizer } })).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe("name,email,seats,status,code,registered_at,checked_in_at");
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil.example""\)",/);
    expect(lines[2]).toMatch(/^نسرین توکلی,.*,2,confirmed,[A-Z0-9]{6},/);
    expect((await call(csvPath, { cookie: (await signIn("toronto@demo.test"))! })).status).toBe(403);
    expect((await call(csvPath)).status).toBe(401);
  });

  it("the organizers' settings: the closing time typed in the city's clock (a time the clocks skip is refused), approval, seats, a private address", async () => {
    const { event, city } = await openCity();
    const organizer = (await signIn("paris@demo.test"))!;
    const [{ version }] = await sql(`select version from "HostCity" where id = $1`, [city.id]);
    const save = (fields: Record<string, string>, at = version) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) form.set(key, value);
      return callAction("attendeeSettingsAction", [event.slug, city.slug, at, "Europe/Paris", null, form], {
        cookie: organizer,
        params: { slug: event.slug, citySlug: city.slug },
      });
    };
    // 02:30 on 28 March 2027 never happens in Paris (clocks go from 02:00 to 03:00).
    const gap = await save({ open: "on", closesAt: "2027-03-28T02:30", maxSeatsPerPerson: "3" });
    expect(gap.result).toMatchObject({ ok: false, code: "validation_error" });
    expect(Object.keys(gap.result.fieldErrors)).toEqual(["closesAt"]);
    const saved = await save({ open: "on", closesAt: "2027-08-27T20:00", approval: "on", maxSeatsPerPerson: "3", addressPrivate: "on" });
    expect(saved.result).toMatchObject({ ok: true, code: "saved" });
    const [row] = await sql(
      `select "attendeeRegistrationOpen" as open, "attendeeRegistrationClosesAt" as "closesAt", "attendeeApproval" as approval, "maxSeatsPerPerson" as max, "venueAddressPublic" as public from "HostCity" where id = $1`,
      [city.id],
    );
    // 20:00 in Paris in summer is 18:00 UTC.
    expect(row).toEqual({ open: true, closesAt: new Date("2027-08-27T18:00:00Z"), approval: true, max: 3, public: false });
    // A form loaded before that save is refused, not applied over it.
    expect((await save({ maxSeatsPerPerson: "5" })).result).toMatchObject({ ok: false, code: "stale_version" });
    const page = await call(`/dashboard/events/${event.slug}/cities/${city.slug}/attendees`, { cookie: organizer });
    expect(page.status).toBe(200);
    expect(page.text).toContain('value="2027-08-27T20:00"');
    const door = await call(`/dashboard/events/${event.slug}/cities/${city.slug}/door`, { cookie: organizer });
    expect(door.status).toBe(200);
    expect(door.headers.get("permissions-policy")).toContain("camera=(self)");
    expect((await call(`/dashboard/events/${event.slug}/cities/${city.slug}/attendees`, { cookie: organizer })).headers.get("permissions-policy")).toContain(
      "camera=()",
    );
    expect((await call(`/dashboard/events/${event.slug}/cities/${city.slug}/door`, { cookie: (await signIn("toronto@demo.test"))! })).status).toBe(403);
  });
});

describe("attendees are told when their gathering changes", () => {
  it("their city withdraws, the event's time moves (old → new in the city's clock, the calendar updated), the event is cancelled", async () => {
    const { event, city, path } = await openCity({ capacity: 1 });
    const seated = await registered(path, city.id, 1, "Leila Ahmadi");
    const waiting = await registered(path, city.id, 1, "Omid Rahimi");
    const unconfirmed = `${unique("silent")}@example.org`;
    expect((await ask(path, { name: "Silent", email: unconfirmed })).status).toBe(202);
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const eventPath = `/api/v1/events/${event.slug}`;
    const moved = await call(eventPath, {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ start: { local: "2027-08-28T18:00", timeZone: "Europe/Paris" } }),
    });
    expect(moved.status).toBe(200);
    const notice = await mailMatching(seated.email, /^New time: /);
    // 17:00 → 18:00 in Lyon (Europe/Paris), three hours long.
    expect(notice.text).toContain("Saturday 28 August 2027, 17:00–20:00 CEST (Europe/Paris) → Saturday 28 August 2027, 18:00–21:00 CEST (Europe/Paris)");
    const ics = notice.attachments.find((a) => a.filename === "event.ics")!.content.toString("utf8");
    expect(ics).toContain("DTSTART:20270828T160000Z");
    expect(ics).toContain(`UID:registration-${seated.id}@simulconf`);
    await mailMatching(waiting.email, /^New time: /);

    const withdrawn = await call(`${eventPath}/cities/${city.slug}/withdraw`, { method: "POST", cookie: (await signIn("paris@demo.test"))! });
    expect(withdrawn.status).toBe(200);
    expect((await mailMatching(seated.email, /^Not taking place in Lyon: /)).text).toContain("live streams");
    await mailMatching(waiting.email, /^Not taking place in Lyon: /);
    // Someone who never confirmed holds nothing: only their confirmation link was sent.
    await new Promise((r) => setTimeout(r, 2000));
    expect(await sql(`select kind from "Message" where "toEmail" = $1`, [unconfirmed])).toEqual([{ kind: "registration.confirm" }]);
  });

  it("a cancelled event tells every city's attendees", async () => {
    const { event, city, path } = await openCity();
    const seated = await registered(path, city.id, 2, "Arash Nouri");
    const coordinator = (await signIn("coordinator@demo.test"))!;
    expect((await call(`/api/v1/events/${event.slug}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ status: "cancelled" }) })).status).toBe(
      200,
    );
    const cancelled = await mailMatching(seated.email, /^Cancelled: /);
    expect(cancelled.text).toContain(`Test event ${event.slug} is cancelled, in Lyon as everywhere.`);
  });
});

describe("personal data is kept for a while only", () => {
  it("forgets an event's attendees (names, addresses, links, messages) REGISTRATION_RETENTION_DAYS after it ends, keeping anonymous counts", async () => {
    const { event, city, path } = await openCity();
    const seated = await registered(path, city.id, 2, "Leila Ahmadi");
    await mailMatching(seated.email, /^You are registered: /);
    // The event took place at the start of 2026 (the retention clock runs from its end).
    await sql(`update "Event" set "startsAt" = '2026-01-10T15:00Z', "endsAt" = '2026-01-10T18:00Z' where id = $1`, [event.id]);
    const sweep = (now: string) => call("/api/test/retention", { method: "POST", body: JSON.stringify({ now }) });
    expect((await sweep("2026-02-08T18:00:00Z")).status).toBe(204); // 29 days after: kept
    expect((await rowOf(city.id, seated.email)).status).toBe("CONFIRMED");
    expect((await call(`/registration/${seated.token}`)).status).toBe(200);
    expect((await sweep("2026-02-10T18:01:00Z")).status).toBe(204); // 31 days after: forgotten
    expect(await rowOf(city.id, seated.email)).toBeUndefined();
    const [row] = await sql(`select name, email, seats, status, code from "Registration" where id = $1`, [seated.id]);
    expect(row).toEqual({ name: "", email: `r-${seated.id}@forgotten.invalid`, seats: 2, status: "CONFIRMED", code: seated.code });
    expect(await sql(`select count(*)::int as n from "Message" where "eventId" = $1 and kind like 'registration.%'`, [event.id])).toEqual([{ n: 0 }]);
    expect((await call(`/registration/${seated.token}`)).status).toBe(404);
    const organizer = (await signIn("paris@demo.test"))!;
    expect((await call(path, { cookie: organizer })).body).toMatchObject({ confirmedSeats: 2 });
  });
});

describe("an online event takes registrations at event level", () => {
  it("for the stream links, in the registrant's own zone, and a reminder the day before; its coordinators read the list", async () => {
    const event = await createEvent();
    await sql(`update "Event" set "attendanceMode" = 'ONLINE' where id = $1`, [event.id]);
    await sql(`update "BroadcastLanguage" set "streamUrl" = 'https://stream.example.org/' || code where "eventId" = $1`, [event.id]);
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const path = `/api/v1/events/${event.slug}/registrations`;
    const email = `${unique("online")}@example.org`;
    expect((await ask(path, { name: "Reza Karimi", email })).status).toBe(403); // not open yet
    const opened = await call(`/api/v1/events/${event.slug}`, {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ attendeeRegistration: { open: true } }),
    });
    expect(opened.body.attendeeRegistration).toEqual({ open: true, closesAt: null });
    expect((await ask(path, { name: "Reza Karimi", email, timeZone: "America/Vancouver", locale: "en" })).status).toBe(202);

    const confirm = await mailMatching(email, /^Confirm your registration: /);
    expect(confirm.subject).toBe(`Confirm your registration: Test event ${event.slug}`);
    // 15:00 UTC is 08:00 in Vancouver, the registrant's zone.
    expect(confirm.text).toContain("When: Saturday 28 August 2027, 08:00–11:00 PDT (America/Vancouver)");
    const [row] = await sql(`select id, "hostCityId", seats from "Registration" where scope = $1 and email = $2`, [event.id, email]);
    expect(row).toMatchObject({ hostCityId: null, seats: 1 });
    await act(tokenOf(row.id), "confirm");
    const confirmed = await mailMatching(email, /^You are registered: /);
    expect(confirmed.subject).toBe(`You are registered: Test event ${event.slug}`);
    expect(confirmed.text).toContain("Live streams:\n\n- Persian: https://stream.example.org/fa\n- English: https://stream.example.org/en");
    expect(confirmed.attachments.map((a) => a.filename)).toEqual(["event.ics"]);
    const page = await call(`/registration/${tokenOf(row.id)}`);
    expect(page.text).toContain('href="https://stream.example.org/fa"');
    expect(page.visible).not.toContain("Your code for the door");

    const sweep = (now: string) => call("/api/test/reminders", { method: "POST", body: JSON.stringify({ now }) });
    expect((await sweep("2027-08-27T16:00:00Z")).status).toBe(204);
    const reminder = await mailMatching(email, /^Tomorrow: /);
    expect(reminder.text).toContain("https://stream.example.org/en");
    expect((await sweep("2027-08-27T18:00:00Z")).status).toBe(204);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await sql(`select count(*)::int as n from "Message" where "toEmail" = $1 and kind = 'registration.reminder'`, [email])).toEqual([{ n: 1 }]);

    const list = await call(path, { cookie: coordinator });
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ capacity: null, confirmedSeats: 1, registrations: [{ name: "Reza Karimi", status: "confirmed" }] });
    expect((await call(path, { cookie: (await signIn("paris@demo.test"))! })).status).toBe(403);
    const listPage = await call(`/dashboard/events/${event.slug}/attendees`, { cookie: coordinator });
    expect(listPage.status).toBe(200);
    expect(listPage.visible).toContain("Reza Karimi");
    expect((await call(`/dashboard/events/${event.slug}/attendees`, { cookie: (await signIn("paris@demo.test"))! })).status).toBe(403);
  });
});
