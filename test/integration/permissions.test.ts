// Authorization as data, tested from the data: every mutating API route is listed with the
// permission it needs (lib/auth/permissions.ts), and the expected answer for each caller is
// derived from that table: anonymous 401, a role the table allows 2xx, any other 403, with
// "own" permissions granted only on the organizer's own city. Denied requests must leave
// every table as it was. A route missing from this list fails the test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { call, createCity, createEvent, signIn, sql, unique, validVenue } from "./helpers";

type Who = "anonymous" | "organizer (own city)" | "organizer (other city)" | "coordinator" | "admin";
const CALLERS: Record<Exclude<Who, "anonymous">, { email: string; role: "ORGANIZER" | "COORDINATOR" | "ADMIN" }> = {
  "organizer (own city)": { email: "paris@demo.test", role: "ORGANIZER" },
  "organizer (other city)": { email: "toronto@demo.test", role: "ORGANIZER" },
  coordinator: { email: "coordinator@demo.test", role: "COORDINATOR" },
  admin: { email: "admin@demo.test", role: "ADMIN" },
};
const cookies: Partial<Record<Who, string>> = {};

/** What each case starts from: a published event, a pending city of the Paris organizer, a shared and a local item, a speaker booked on the shared item, a user. */
type Fixture = { event: string; city: string; shared: string; local: string; speaker: string; other: string; assignment: string; user: string };

async function fixture(): Promise<Fixture> {
  const event = await createEvent();
  const city = await createCity(event.id, "paris@demo.test", "PENDING");
  const [shared] = await sql(
    `insert into "ProgramItem" (id, "eventId", title, kind, language, "startsAt", "endsAt", "updatedAt")
     values (gen_random_uuid(), $1, 'Shared', 'TALK', 'fa', '2027-08-28T15:00Z', '2027-08-28T15:30Z', now()) returning id`,
    [event.id],
  );
  const [local] = await sql(
    `insert into "ProgramItem" (id, "eventId", "hostCityId", title, kind, language, "startsAt", "endsAt", "updatedAt")
     values (gen_random_uuid(), $1, $2, 'Local', 'RECEPTION', 'fa', '2027-08-28T13:00Z', '2027-08-28T14:00Z', now()) returning id`,
    [event.id, city.id],
  );
  const addSpeaker = async () =>
    (await sql(`insert into "Speaker" (id, name, languages, "updatedAt") values (gen_random_uuid(), $1, '{fa,en}', now()) returning id`, [unique("Matrix speaker")]))[0];
  const speaker = await addSpeaker();
  const other = await addSpeaker();
  const [assignment] = await sql(
    `insert into "Assignment" (id, "programItemId", "broadcastLanguageId", "speakerId", role, status, "updatedAt")
     select gen_random_uuid(), $1, l.id, $2, 'SPEAKER', 'INVITED', now() from "BroadcastLanguage" l where l."eventId" = $3 and l.code = 'en' returning id`,
    [shared.id, speaker.id, event.id],
  );
  const [user] = await sql(
    `insert into "User" (id, email, name, "passwordHash", role, "updatedAt")
     select gen_random_uuid(), $1, 'Someone', "passwordHash", 'ORGANIZER', now() from "User" where email = 'toronto@demo.test' returning id`,
    [`${unique("someone")}@example.org`],
  );
  created.events.push(event.slug);
  created.speakers.push(speaker.id, other.id);
  created.users.push(user.id);
  return { event: event.slug, city: city.slug, shared: shared.id, local: local.id, speaker: speaker.id, other: other.id, assignment: assignment.id, user: user.id };
}

/** A permission family: `x` alone, or `x.own` / `x.any` (own = the organizer's own city). */
type Family = "event.create" | "event.update" | "city.register" | "city.update" | "city.review" | "city.withdraw" | "item.manageShared" | "item.manageLocal" | "speaker.manage" | "assignment.manage" | "user.manage";

type Operation = { route: string; family: Family; request: (f: Fixture) => { path: string; body?: unknown } };

const OPERATIONS: Operation[] = [
  {
    route: "POST /api/v1/events",
    family: "event.create",
    request: () => ({ path: "/api/v1/events", body: { slug: unique("matrix-new"), title: "New", start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" }, durationMinutes: 60, languages: ["fa"] } }),
  },
  { route: "PATCH /api/v1/events/{slug}", family: "event.update", request: (f) => ({ path: `/api/v1/events/${f.event}`, body: { version: 1, title: "Renamed" } }) },
  {
    route: "POST /api/v1/events/{slug}/cities",
    family: "city.register",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities`, body: { name: unique("Nice"), countryCode: "FR", timeZone: "Europe/Paris", venue: validVenue, languages: ["fa"] } }),
  },
  { route: "PATCH /api/v1/events/{slug}/cities/{citySlug}", family: "city.update", request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}`, body: { venue: { capacity: 99 } } }) },
  { route: "POST /api/v1/events/{slug}/cities/{citySlug}/approve", family: "city.review", request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/approve` }) },
  { route: "POST /api/v1/events/{slug}/cities/{citySlug}/reject", family: "city.review", request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/reject`, body: { reason: "Too small" } }) },
  { route: "POST /api/v1/events/{slug}/cities/{citySlug}/withdraw", family: "city.withdraw", request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/withdraw` }) },
  {
    route: "POST /api/v1/events/{slug}/items (shared)",
    family: "item.manageShared",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items`, body: { title: "Talk", kind: "talk", startsAt: "2027-08-28T16:00:00Z", durationMinutes: 30 } }),
  },
  {
    route: "POST /api/v1/events/{slug}/items (local)",
    family: "item.manageLocal",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items`, body: { citySlug: f.city, title: "Doors", kind: "reception", start: { local: "2027-08-28T12:00", timeZone: "Europe/Paris" }, durationMinutes: 30 } }),
  },
  { route: "PATCH /api/v1/events/{slug}/items/{itemId} (shared)", family: "item.manageShared", request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.shared}`, body: { version: 1, title: "Moved" } }) },
  { route: "DELETE /api/v1/events/{slug}/items/{itemId} (shared)", family: "item.manageShared", request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.shared}` }) },
  { route: "PATCH /api/v1/events/{slug}/items/{itemId} (local)", family: "item.manageLocal", request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.local}`, body: { version: 1, title: "Moved" } }) },
  { route: "DELETE /api/v1/events/{slug}/items/{itemId} (local)", family: "item.manageLocal", request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.local}` }) },
  {
    route: "POST /api/v1/events/{slug}/items/{itemId}/assignments",
    family: "assignment.manage",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.shared}/assignments`, body: { speakerId: f.other, language: "fa", role: "moderator" } }),
  },
  {
    route: "PATCH /api/v1/events/{slug}/items/{itemId}/assignments/{assignmentId}",
    family: "assignment.manage",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.shared}/assignments/${f.assignment}`, body: { status: "confirmed" } }),
  },
  {
    route: "DELETE /api/v1/events/{slug}/items/{itemId}/assignments/{assignmentId}",
    family: "assignment.manage",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.shared}/assignments/${f.assignment}` }),
  },
  { route: "POST /api/v1/speakers", family: "speaker.manage", request: () => ({ path: "/api/v1/speakers", body: { name: unique("Matrix speaker"), languages: ["en"] } }) },
  { route: "PATCH /api/v1/users/{userId}", family: "user.manage", request: (f) => ({ path: `/api/v1/users/${f.user}`, body: { disabled: true } }) },
  { route: "POST /api/v1/users/{userId}/reset-password", family: "user.manage", request: (f) => ({ path: `/api/v1/users/${f.user}/reset-password` }) },
];

/** The answer the permission table predicts for `who` on `family`. */
function expected(family: Family, who: Who): "allowed" | 401 | 403 {
  if (who === "anonymous") return 401;
  const { role } = CALLERS[who];
  const table = PERMISSIONS as Record<string, readonly string[]>;
  if (table[family]) return table[family]!.includes(role) ? "allowed" : 403;
  if (table[`${family}.any`]?.includes(role)) return "allowed";
  if (table[`${family}.own`]?.includes(role) && who === "organizer (own city)") return "allowed";
  return 403;
}

const TABLES = ["Event", "BroadcastLanguage", "HostCity", "CityOrganizer", "HostCityLanguage", "ProgramItem", "Speaker", "Assignment", "User", "Invitation", "AuditEntry"];

/** A fingerprint of every table a write could touch. */
async function snapshot(): Promise<Record<string, string>> {
  const rows = await sql(TABLES.map((t) => `select '${t}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`).join(" union all "));
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

beforeAll(async () => {
  for (const [who, { email }] of Object.entries(CALLERS)) cookies[who as Who] = (await signIn(email))!;
});

// The 95 cases leave no events, cities, people or accounts behind for later suites (the
// audit entries stay: they are history).
const created = { events: [] as string[], speakers: [] as string[], users: [] as string[] };
afterAll(async () => {
  await sql(`delete from "Event" where slug = any($1) or slug like 'matrix-new-%'`, [created.events]);
  await sql(`delete from "Assignment" where "speakerId" in (select id from "Speaker" where id = any($1::uuid[]) or name like 'Matrix speaker-%')`, [created.speakers]);
  await sql(`delete from "Speaker" where id = any($1::uuid[]) or name like 'Matrix speaker-%'`, [created.speakers]);
  await sql(`delete from "User" where id = any($1::uuid[])`, [created.users]);
});

describe("every mutating API route is in the matrix", () => {
  it("lists each exported POST/PUT/PATCH/DELETE under app/api/v1", () => {
    const root = path.resolve(__dirname, "../../app/api/v1");
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name === "route.ts") {
          const route = `/api/v1/${path.relative(root, dir)}`.replace(/\/$/, "").replace(/\[(\w+)\]/g, "{$1}");
          for (const [, method] of readFileSync(full, "utf8").matchAll(/export const (POST|PUT|PATCH|DELETE)\b/g)) found.push(`${method} ${route}`);
        }
      }
    };
    walk(root);
    const listed = new Set(OPERATIONS.map((o) => o.route.replace(/ \(.*\)$/, "")));
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((r) => !listed.has(r))).toEqual([]);
  });
});

describe("the permission matrix, derived from lib/auth/permissions.ts", () => {
  for (const operation of OPERATIONS) {
    for (const who of ["anonymous", ...Object.keys(CALLERS)] as Who[]) {
      const answer = expected(operation.family, who);
      it(`${operation.route}: ${who} is ${answer === "allowed" ? "allowed" : `refused (${answer})`}`, async () => {
        const f = await fixture();
        const { path: url, body } = operation.request(f);
        const method = operation.route.split(" ")[0]!;
        const before = await snapshot();
        const response = await call(url, { method, cookie: cookies[who], body: body === undefined ? undefined : JSON.stringify(body) });
        const after = await snapshot();
        if (answer === "allowed") {
          expect(response.status, JSON.stringify(response.body)).toBeGreaterThanOrEqual(200);
          expect(response.status).toBeLessThan(300);
          expect(after.AuditEntry).not.toBe(before.AuditEntry); // every change is audited
        } else {
          expect(response.status).toBe(answer);
          expect(response.body.error.code).toBe(answer === 401 ? "unauthenticated" : "forbidden");
          expect(after).toEqual(before); // a denied request changes nothing, anywhere
        }
      });
    }
  }
});
