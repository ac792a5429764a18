// Speakers and assignments: every conflict rule of docs/contract.md "Bookings", the interpreter
// rule, night warnings, concurrency (exactly one of two overlapping bookings wins), and
// private contacts that never leave the roster.
import { beforeAll, describe, expect, it } from "vitest";
import { call, createEvent, signIn, sql, unique } from "./helpers";

let coordinator: string, organizer: string;
beforeAll(async () => {
  coordinator = (await signIn("coordinator@demo.test"))!;
  organizer = (await signIn("paris@demo.test"))!;
});

async function speaker(extra: Record<string, unknown> = {}) {
  const response = await call("/api/v1/speakers", {
    method: "POST",
    cookie: coordinator,
    body: JSON.stringify({ name: unique("Speaker"), languages: ["fa", "en"], contactEmail: "private.person@example.net", ...extra }),
  });
  expect(response.status).toBe(201);
  return response.body as { id: string; name: string };
}

/** A shared item of `event` from `start` (UTC, "HH:MM" on 2027-08-28) lasting `minutes`. */
async function item(event: { slug: string }, start: string, minutes: number, language = "fa") {
  const response = await call(`/api/v1/events/${event.slug}/items`, {
    method: "POST",
    cookie: coordinator,
    body: JSON.stringify({ title: unique("Item"), kind: "talk", startsAt: `2027-08-28T${start}:00Z`, durationMinutes: minutes, language }),
  });
  expect(response.status).toBe(201);
  return response.body as { id: string; title: string };
}

const assign = (event: { slug: string }, itemId: string, body: Record<string, unknown>, cookie = coordinator) =>
  call(`/api/v1/events/${event.slug}/items/${itemId}/assignments`, { method: "POST", cookie, body: JSON.stringify(body) });

describe("the roster", () => {
  it("is for coordinators, validates its input, and keeps contacts private", async () => {
    expect((await call("/api/v1/speakers", { method: "POST", body: JSON.stringify({ name: "X", languages: ["en"] }) })).status).toBe(401);
    expect((await call("/api/v1/speakers", { method: "POST", cookie: organizer, body: JSON.stringify({ name: "X", languages: ["en"] }) })).status).toBe(403);
    const bad = await call("/api/v1/speakers", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ name: "X", languages: [], photoUrl: "javascript:alert(1)" }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["languages", "photoUrl"]);
    const s = await speaker({ languages: ["ar"] });
    const list = await call("/api/v1/speakers?lang=ar", { cookie: coordinator });
    expect(list.body.speakers.map((x: { id: string }) => x.id)).toContain(s.id);
    expect(list.body.speakers.every((x: { languages: string[] }) => x.languages.includes("ar"))).toBe(true);
    expect((await call("/api/v1/speakers", { cookie: organizer })).status).toBe(403);
  });
});

describe("assigning people", () => {
  it("books a speaker for one language and shows them in the public schedule, without their contact", async () => {
    const event = await createEvent();
    const s = await speaker();
    const i = await item(event, "15:00", 30);
    const response = await assign(event, i.id, { speakerId: s.id, language: "en", role: "speaker", status: "confirmed" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ language: "en", role: "speaker", status: "confirmed", speaker: { id: s.id, name: s.name }, warnings: [] });
    const schedule = await call(`/api/v1/events/${event.slug}/schedule?lang=en`);
    expect(schedule.body.items[0].assignments).toEqual([
      { language: "en", role: "speaker", status: "confirmed", speaker: { id: s.id, name: s.name, affiliation: "" } },
    ]);
    for (const path of [
      `/api/v1/events/${event.slug}/schedule`,
      `/api/v1/events/${event.slug}`,
      `/events/${event.slug}`,
      `/events/${event.slug}/schedule.json`,
      `/events/${event.slug}/schedule.xml`,
      `/events/${event.slug}/calendar.ics`,
    ]) {
      expect((await call(path)).text, path).not.toContain("private.person@example.net");
    }
  });

  it("refuses a language that is not one of the event's (400)", async () => {
    const event = await createEvent();
    const s = await speaker();
    const i = await item(event, "15:00", 30);
    const response = await assign(event, i.id, { speakerId: s.id, language: "fr", role: "speaker" });
    expect(response.status).toBe(400);
    expect(response.body.error.issues[0].path).toBe("language");
  });

  it("requires an interpreter to speak the language on stage and the target language (400)", async () => {
    const event = await createEvent();
    const englishOnly = await speaker({ languages: ["en"] });
    const both = await speaker({ languages: ["fa", "en"] });
    const i = await item(event, "15:00", 30, "fa");
    const refused = await assign(event, i.id, { speakerId: englishOnly.id, language: "en", role: "interpreter" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/does not speak Persian/);
    expect((await assign(event, i.id, { speakerId: both.id, language: "en", role: "interpreter" })).status).toBe(201);
  });

  it("refuses an overlapping booking anywhere with 409 naming the other booking", async () => {
    const first = await createEvent();
    const second = await createEvent();
    const s = await speaker();
    const a = await item(first, "15:00", 60);
    const b = await item(second, "15:30", 60);
    expect((await assign(first, a.id, { speakerId: s.id, language: "fa", role: "speaker" })).status).toBe(201);
    const clash = await assign(second, b.id, { speakerId: s.id, language: "en", role: "moderator" });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe("booking_conflict");
    expect(clash.body.error.message).toContain(a.title);
    expect(clash.body.error.message).toContain(`Test event ${first.slug}`);
  });

  it("refuses the same item in two languages (the same person cannot be in two booths)", async () => {
    const event = await createEvent();
    const s = await speaker();
    const i = await item(event, "15:00", 30);
    expect((await assign(event, i.id, { speakerId: s.id, language: "fa", role: "speaker" })).status).toBe(201);
    expect((await assign(event, i.id, { speakerId: s.id, language: "en", role: "interpreter" })).status).toBe(409);
  });

  it("allows back-to-back items: intervals are half-open", async () => {
    const event = await createEvent();
    const s = await speaker();
    const a = await item(event, "15:00", 60);
    const b = await item(event, "16:00", 60);
    expect((await assign(event, a.id, { speakerId: s.id, language: "fa", role: "speaker" })).status).toBe(201);
    expect((await assign(event, b.id, { speakerId: s.id, language: "fa", role: "speaker" })).status).toBe(201);
  });

  it("never lets a declined assignment block, in either direction", async () => {
    const event = await createEvent();
    const s = await speaker();
    const a = await item(event, "15:00", 60);
    const b = await item(event, "15:30", 60);
    const c = await item(event, "15:45", 30);
    expect((await assign(event, a.id, { speakerId: s.id, language: "fa", role: "speaker", status: "declined" })).status).toBe(201);
    const booked = await assign(event, b.id, { speakerId: s.id, language: "fa", role: "speaker" });
    expect(booked.status).toBe(201);
    expect((await assign(event, c.id, { speakerId: s.id, language: "fa", role: "speaker", status: "declined" })).status).toBe(201);
    // Turning a declined one back on re-checks the booking.
    const [declined] = await sql(`select id from "Assignment" where "programItemId" = $1`, [a.id]);
    const reopen = await call(`/api/v1/events/${event.slug}/items/${a.id}/assignments/${declined.id}`, {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ status: "confirmed" }),
    });
    expect(reopen.status).toBe(409);
  });

  it("lets exactly one of two concurrent overlapping bookings of one person win", async () => {
    const event = await createEvent();
    const s = await speaker();
    const items = await Promise.all(["15:00", "15:10", "15:20", "15:30"].map((start) => item(event, start, 60)));
    const responses = await Promise.all(items.map((i) => assign(event, i.id, { speakerId: s.id, language: "fa", role: "speaker" })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const [{ n }] = await sql(`select count(*)::int as n from "Assignment" where "speakerId" = $1`, [s.id]);
    expect(n).toBe(1);
  });

  it("warns (without refusing) when the slot is at night where the speaker lives", async () => {
    const event = await createEvent();
    const s = await speaker({ timeZone: "Australia/Sydney" });
    const i = await item(event, "15:00", 60); // 01:00 in Sydney
    const response = await assign(event, i.id, { speakerId: s.id, language: "fa", role: "speaker" });
    expect(response.status).toBe(201);
    expect(response.body.warnings).toEqual([expect.stringContaining("Sun 29 Aug, 01:00 AEST")]);
  });

  it("checks 404 and 403 before the input", async () => {
    const event = await createEvent();
    const i = await item(event, "15:00", 30);
    expect((await assign(event, "00000000-0000-4000-8000-000000000000", {})).status).toBe(404);
    expect((await assign(event, i.id, {}, organizer)).status).toBe(403);
    expect((await call(`/api/v1/events/${event.slug}/items/${i.id}/assignments`, { method: "POST", body: "{}" })).status).toBe(401);
    expect((await assign(event, i.id, { speakerId: "nope", language: "fa", role: "speaker" })).status).toBe(400);
  });
});

describe("changing and removing a roster entry", () => {
  it("changes only the fields sent, clears with null, refuses a stale version or an unknown field", async () => {
    const s = await speaker({ timeZone: "Europe/Paris", affiliation: "Before" });
    const path = `/api/v1/speakers/${s.id}`;
    const patch = (body: Record<string, unknown>) => call(path, { method: "PATCH", cookie: coordinator, body: JSON.stringify(body) });
    const changed = await patch({ affiliation: "After", timeZone: null, contactEmail: null, version: 1 });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: s.name, affiliation: "After", timeZone: null, contactEmail: null, languages: ["fa", "en"], version: 2 });
    // The same again changes nothing: no new version.
    expect((await patch({ affiliation: "After", languages: ["fa", "en"] })).body.version).toBe(2);
    const stale = await patch({ affiliation: "Late", version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("stale_version");
    const unknown = await patch({ nickname: "x" });
    expect(unknown.status).toBe(400);
    expect((await patch({ languages: [] })).body.error.issues[0].path).toBe("languages");
    expect((await call(`/api/v1/speakers/not-a-uuid`, { method: "PATCH", cookie: coordinator, body: "{}" })).status).toBe(404);
  });

  it("removes someone without assignments, and names the items of someone still assigned", async () => {
    const event = await createEvent();
    const booked = await speaker();
    const free = await speaker();
    const slot = await item(event, "15:00", 30);
    expect((await assign(event, slot.id, { speakerId: booked.id, language: "fa", role: "speaker" })).status).toBe(201);
    const refused = await call(`/api/v1/speakers/${booked.id}`, { method: "DELETE", cookie: coordinator });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("in_use");
    expect(refused.body.error.message).toContain(slot.title);
    expect(await sql(`select 1 from "Speaker" where id = $1`, [booked.id])).toHaveLength(1);
    expect((await call(`/api/v1/speakers/${free.id}`, { method: "DELETE", cookie: coordinator })).status).toBe(204);
    expect(await sql(`select 1 from "Speaker" where id = $1`, [free.id])).toHaveLength(0);
    expect((await call(`/api/v1/speakers/${free.id}`, { method: "DELETE", cookie: coordinator })).status).toBe(404);
  });
});
