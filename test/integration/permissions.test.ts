// Authorization as data, tested from the data: every mutating API route and every server
// action is listed with the permission it needs (lib/auth/permissions.ts), and the expected
// answer for each caller is derived from that table: anonymous 401, a role the table allows
// 2xx, any other 403, with "own" permissions granted only on the organizer's own city.
// Denied requests must leave every table as it was. A route or server action missing from
// these lists fails the test. Server actions are called over HTTP with any arguments, as a
// hand-made request could (helpers.callAction), never through the UI.
import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS } from "@/lib/auth/permissions";
import {
  call,
  callAction,
  CALLERS,
  createAccount,
  createCity,
  createEvent,
  mailSettled,
  serverActions,
  signInCallers,
  sql,
  unique,
  validVenue,
  type Who,
} from "./helpers";

let cookies: Partial<Record<Who, string>> = {};

/** What each case starts from: a published event, a pending city of the Paris organizer, a shared and a local item, a speaker booked on the shared item, a user. */
type Fixture = {
  event: string;
  city: string;
  shared: string;
  sharedNext: string;
  local: string;
  speaker: string;
  other: string;
  assignment: string;
  user: string;
  userEmail: string;
  message: string;
  /** An attendee's registration for the city, awaiting the organizers' approval. */
  registration: string;
  /** An attendee with a confirmed seat, not yet checked in. */
  seated: string;
};

async function fixture(): Promise<Fixture> {
  const event = await createEvent();
  const city = await createCity(event.id, "paris@demo.test", "PENDING");
  const sharedItems = await sql(
    `insert into "ProgramItem" (id, "eventId", title, kind, language, "startsAt", "endsAt", "updatedAt")
     values (gen_random_uuid(), $1, 'Shared', 'TALK', 'fa', '2027-08-28T15:00Z', '2027-08-28T15:30Z', now()),
            (gen_random_uuid(), $1, 'Shared next', 'TALK', 'fa', '2027-08-28T15:30Z', '2027-08-28T16:00Z', now()) returning id, title`,
    [event.id],
  );
  const shared = sharedItems.find((item) => item.title === "Shared")!;
  const [local] = await sql(
    `insert into "ProgramItem" (id, "eventId", "hostCityId", title, kind, language, "startsAt", "endsAt", "updatedAt")
     values (gen_random_uuid(), $1, $2, 'Local', 'RECEPTION', 'fa', '2027-08-28T13:00Z', '2027-08-28T14:00Z', now()) returning id`,
    [event.id, city.id],
  );
  const addSpeaker = async () =>
    (
      await sql(`insert into "Speaker" (id, name, languages, "updatedAt") values (gen_random_uuid(), $1, '{fa,en}', now()) returning id`, [
        unique("Matrix speaker"),
      ])
    )[0];
  const speaker = await addSpeaker();
  const other = await addSpeaker();
  const [assignment] = await sql(
    `insert into "Assignment" (id, "programItemId", "broadcastLanguageId", "speakerId", role, status, "updatedAt")
     select gen_random_uuid(), $1, l.id, $2, 'SPEAKER', 'INVITED', now() from "BroadcastLanguage" l where l."eventId" = $3 and l.code = 'en' returning id`,
    [shared.id, speaker.id, event.id],
  );
  const user = await createAccount();
  // A message the mail server refused for good, for "send again".
  const [message] = await sql(
    `insert into "Message" (id, kind, "idempotencyKey", "toEmail", locale, subject, text, html, status, attempts, "lastError", "updatedAt")
     values (gen_random_uuid(), 'city.approved', $1, 'nobody@example.org', 'en', 'Subject', 'Text', '<p>Text</p>', 'FAILED', 1, '550 No such mailbox', now()) returning id`,
    [unique("matrix-message")],
  );
  const [registration] = await sql(
    `insert into "Registration" (id, "eventId", "hostCityId", scope, name, email, seats, locale, status, "tokenHash", code, "updatedAt")
     values (gen_random_uuid(), $1, $2, $2, 'Matrix attendee', $3, 1, 'en', 'AWAITING_APPROVAL', $4, 'MATRIX', now()) returning id`,
    [event.id, city.id, `${unique("attendee")}@example.org`, unique("matrix-token")],
  );
  const [seated] = await sql(
    `insert into "Registration" (id, "eventId", "hostCityId", scope, name, email, seats, locale, status, "tokenHash", code, "updatedAt")
     values (gen_random_uuid(), $1, $2, $2, 'Matrix guest', $3, 1, 'en', 'CONFIRMED', $4, 'SEATED', now()) returning id`,
    [event.id, city.id, `${unique("guest")}@example.org`, unique("matrix-token")],
  );
  created.events.push(event.slug);
  created.speakers.push(speaker.id, other.id);
  created.users.push(user.id);
  return {
    event: event.slug,
    city: city.slug,
    shared: shared.id,
    sharedNext: sharedItems.find((item) => item.title === "Shared next")!.id,
    local: local.id,
    speaker: speaker.id,
    other: other.id,
    assignment: assignment.id,
    message: message.id,
    registration: registration.id,
    seated: seated.id,
    user: user.id,
    userEmail: user.email,
  };
}

/** A permission family: `x` alone, or `x.own` / `x.any` (own = the organizer's own city). */
type Family =
  | "city.team"
  | "registration.decide"
  | "registration.checkIn"
  | "event.create"
  | "event.update"
  | "city.register"
  | "city.update"
  | "city.review"
  | "city.withdraw"
  | "item.manageShared"
  | "item.manageLocal"
  | "speaker.manage"
  | "assignment.manage"
  | "user.manage"
  | "user.invite"
  | "outbox.manage";

type Operation = { route: string; family: Family; request: (f: Fixture) => { path: string; body?: unknown } };

const OPERATIONS: Operation[] = [
  {
    route: "POST /api/v1/events",
    family: "event.create",
    request: () => ({
      path: "/api/v1/events",
      body: {
        slug: unique("matrix-new"),
        title: "New",
        start: { local: "2027-03-20T17:00", timeZone: "Europe/Paris" },
        durationMinutes: 60,
        languages: ["fa"],
      },
    }),
  },
  {
    route: "PATCH /api/v1/events/{slug}",
    family: "event.update",
    request: (f) => ({ path: `/api/v1/events/${f.event}`, body: { version: 1, title: "Renamed" } }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities",
    family: "city.register",
    request: (f) => ({
      path: `/api/v1/events/${f.event}/cities`,
      body: { name: unique("Nice"), countryCode: "FR", timeZone: "Europe/Paris", venue: validVenue, languages: ["fa"] },
    }),
  },
  {
    route: "PATCH /api/v1/events/{slug}/cities/{citySlug}",
    family: "city.update",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}`, body: { venue: { capacity: 99 } } }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities/{citySlug}/approve",
    family: "city.review",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/approve` }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities/{citySlug}/reject",
    family: "city.review",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/reject`, body: { reason: "Too small" } }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/approve",
    family: "registration.decide",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/registrations/${f.registration}/approve` }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/decline",
    family: "registration.decide",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/registrations/${f.registration}/decline` }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/check-in",
    family: "registration.checkIn",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/registrations/${f.seated}/check-in` }),
  },
  {
    route: "POST /api/v1/events/{slug}/delay",
    family: "event.update",
    request: (f) => ({ path: `/api/v1/events/${f.event}/delay`, body: { minutes: 5 } }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities/{citySlug}/team",
    family: "city.team",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/team`, body: { email: `${unique("team")}@example.org`, role: "door" } }),
  },
  {
    route: "POST /api/v1/events/{slug}/cities/{citySlug}/withdraw",
    family: "city.withdraw",
    request: (f) => ({ path: `/api/v1/events/${f.event}/cities/${f.city}/withdraw` }),
  },
  {
    route: "POST /api/v1/events/{slug}/items (shared)",
    family: "item.manageShared",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items`, body: { title: "Talk", kind: "talk", startsAt: "2027-08-28T16:00:00Z", durationMinutes: 30 } }),
  },
  {
    route: "POST /api/v1/events/{slug}/items (local)",
    family: "item.manageLocal",
    request: (f) => ({
      path: `/api/v1/events/${f.event}/items`,
      body: { citySlug: f.city, title: "Doors", kind: "reception", start: { local: "2027-08-28T12:00", timeZone: "Europe/Paris" }, durationMinutes: 30 },
    }),
  },
  {
    route: "PATCH /api/v1/events/{slug}/items/{itemId} (shared)",
    family: "item.manageShared",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.shared}`, body: { version: 1, title: "Moved" } }),
  },
  {
    route: "DELETE /api/v1/events/{slug}/items/{itemId} (shared)",
    family: "item.manageShared",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.shared}` }),
  },
  {
    route: "PATCH /api/v1/events/{slug}/items/{itemId} (local)",
    family: "item.manageLocal",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.local}`, body: { version: 1, title: "Moved" } }),
  },
  {
    route: "DELETE /api/v1/events/{slug}/items/{itemId} (local)",
    family: "item.manageLocal",
    request: (f) => ({ path: `/api/v1/events/${f.event}/items/${f.local}` }),
  },
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
  {
    route: "POST /api/v1/speakers",
    family: "speaker.manage",
    request: () => ({ path: "/api/v1/speakers", body: { name: unique("Matrix speaker"), languages: ["en"] } }),
  },
  {
    route: "PATCH /api/v1/speakers/{speakerId}",
    family: "speaker.manage",
    request: (f) => ({ path: `/api/v1/speakers/${f.speaker}`, body: { affiliation: "Matrix" } }),
  },
  { route: "DELETE /api/v1/speakers/{speakerId}", family: "speaker.manage", request: (f) => ({ path: `/api/v1/speakers/${f.other}` }) },
  { route: "PATCH /api/v1/users/{userId}", family: "user.manage", request: (f) => ({ path: `/api/v1/users/${f.user}`, body: { disabled: true } }) },
  { route: "POST /api/v1/users/{userId}/reset-password", family: "user.manage", request: (f) => ({ path: `/api/v1/users/${f.user}/reset-password` }) },
];

/** A server action's arguments as a page binds them, plus its form fields. */
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};

type ActionOperation = { action: string; family: Family; args: (f: Fixture) => unknown[] };

const cityFields = {
  name: "Lyon",
  countryCode: "FR",
  timeZone: "Europe/Paris",
  "venue.name": "Salle",
  "venue.address": "1 rue X",
  "venue.capacity": "99",
  "venue.accessibility": "",
  "contact.name": "",
  "contact.email": "private@example.org",
  "contact.phone": "",
  "language-fa": "on",
};

const ACTION_OPERATIONS: ActionOperation[] = [
  {
    action: "createEventAction",
    family: "event.create",
    args: () => [
      null,
      form({
        slug: unique("matrix-new"),
        title: "New",
        summary: "",
        attendanceMode: "in_person",
        "start.local": "2027-03-20T17:00",
        "start.timeZone": "Europe/Paris",
        durationMinutes: "60",
        languages: ["fa"],
      }),
    ],
  },
  {
    action: "updateEventAction",
    family: "event.update",
    args: (f) => [
      f.event,
      1,
      null,
      form({
        title: "Renamed",
        summary: "",
        attendanceMode: "in_person",
        status: "published",
        registrationOpen: "on",
        "start.local": "2027-08-28T17:00",
        "start.timeZone": "Europe/Paris",
        durationMinutes: "180",
        languages: ["fa", "en"],
      }),
    ],
  },
  {
    action: "registerCityAction",
    family: "city.register",
    args: (f) => [f.event, null, form({ ...cityFields, name: unique("Nice") })],
  },
  { action: "updateCityAction", family: "city.update", args: (f) => [f.event, f.city, {}, null, form({ ...cityFields, version: "1" })] },
  { action: "reviewCityAction", family: "city.review", args: (f) => [f.event, f.city, "approve", null, form({})] },
  { action: "saveTranslationsAction", family: "event.update", args: (f) => ["event", f.event, f.event, 1, null, form({ "t.en.title": "Translated" })] },
  { action: "saveTranslationsAction", family: "item.manageShared", args: (f) => ["item", f.event, f.shared, 1, null, form({ "t.en.title": "Translated" })] },
  { action: "saveTranslationsAction", family: "city.update", args: (f) => ["city", f.event, f.city, 1, null, form({ "t.en.name": "Lyon" })] },
  { action: "approveCitiesAction", family: "city.review", args: (f) => [null, form({ city: `${f.event}/${f.city}` })] },
  { action: "reviewCityAction", family: "city.review", args: (f) => [f.event, f.city, "reject", null, form({ reason: "Too small" })] },
  { action: "withdrawCityAction", family: "city.withdraw", args: (f) => [f.event, f.city, null] },
  { action: "delayEventAction", family: "event.update", args: (f) => [f.event, 1, null, form({ minutes: "5" })] },
  { action: "remindCityAction", family: "city.review", args: (f) => [f.event, f.city, null] },
  { action: "markCityAction", family: "city.update", args: (f) => [f.event, f.city, "ready", true, null] },
  {
    action: "addItemAction",
    family: "item.manageShared",
    args: (f) => [f.event, null, form({ title: "Talk", kind: "talk", mode: "instant", startsAt: "2027-08-28T16:00:00Z", durationMinutes: "30" })],
  },
  {
    action: "updateItemAction",
    family: "item.manageShared",
    args: (f) => [f.event, f.shared, 1, null, form({ title: "Moved", kind: "talk", mode: "instant", startsAt: "2027-08-28T15:00:00Z", durationMinutes: "30" })],
  },
  {
    action: "moveItemAction",
    family: "item.manageShared",
    args: (f) => [f.event, f.shared, "down", { version: 1, neighbourId: f.sharedNext, neighbourVersion: 1 }, null],
  },
  { action: "deleteItemAction", family: "item.manageShared", args: (f) => [f.event, f.shared, null] },
  {
    action: "addLocalItemAction",
    family: "item.manageLocal",
    args: (f) => [
      f.event,
      f.city,
      "Europe/Paris",
      null,
      form({ title: "Doors", kind: "reception", description: "", "start.local": "2027-08-28T12:00", durationMinutes: "30" }),
    ],
  },
  {
    action: "updateLocalItemAction",
    family: "item.manageLocal",
    args: (f) => [
      f.event,
      f.local,
      1,
      "Europe/Paris",
      null,
      form({ title: "Doors", kind: "reception", "start.local": "2027-08-28T12:30", durationMinutes: "30" }),
    ],
  },
  { action: "deleteItemAction", family: "item.manageLocal", args: (f) => [f.event, f.local, null] },
  {
    action: "createSpeakerAction",
    family: "speaker.manage",
    args: () => [null, form({ name: unique("Matrix speaker"), affiliation: "", bio: "", languages: ["en"] })],
  },
  {
    action: "updateSpeakerAction",
    family: "speaker.manage",
    args: (f) => [f.speaker, 1, null, form({ name: unique("Renamed speaker"), affiliation: "", bio: "", languages: ["fa", "en"] })],
  },
  { action: "deleteSpeakerAction", family: "speaker.manage", args: (f) => [f.other, null] },
  { action: "assignAction", family: "assignment.manage", args: (f) => [f.event, f.shared, "fa", null, form({ speakerId: f.other, role: "moderator" })] },
  { action: "setStatusAction", family: "assignment.manage", args: (f) => [f.event, f.shared, f.assignment, "confirmed", null] },
  { action: "removeAssignmentAction", family: "assignment.manage", args: (f) => [f.event, f.shared, f.assignment, null] },
  { action: "setRoleAction", family: "user.manage", args: (f) => [f.user, null, form({ role: "coordinator" })] },
  { action: "setDisabledAction", family: "user.manage", args: (f) => [f.user, true, null] },
  { action: "resetPasswordAction", family: "user.manage", args: (f) => [f.user, null] },
  { action: "inviteAction", family: "user.invite", args: () => [null, form({ email: `${unique("invited")}@example.org` })] },
  { action: "sendAgainAction", family: "outbox.manage", args: (f) => [f.message, null] },
  {
    action: "attendeeSettingsAction",
    family: "city.update",
    args: (f) => [f.event, f.city, 1, "Europe/Paris", null, form({ open: "on", maxSeatsPerPerson: "3", closesAt: "2027-08-27T20:00" })],
  },
  { action: "inviteToCityAction", family: "city.team", args: (f) => [f.event, f.city, null, form({ email: `${unique("team")}@example.org`, role: "door" })] },
  { action: "decideRegistrationAction", family: "registration.decide", args: (f) => [f.event, f.city, f.registration, "approve", null, form({})] },
];

/**
 * Routes anyone may call: an attendee asks to register for a city or an online event (no account;
 * the answer never says who is registered, and only the mailed link confirms:
 * test/integration/registrations.test.ts).
 */
const PUBLIC_ROUTES = ["POST /api/v1/events/{slug}/cities/{citySlug}/registrations", "POST /api/v1/events/{slug}/registrations"];

/** Actions anyone may call (they act on the caller's own session, create an account from an invitation, or act through a personal link). */
const PUBLIC_ACTIONS = [
  "registerAction",
  "registrationAction",
  "signInAction",
  "signOutAction",
  "signUpAction",
  "answerAction",
  "forgotPasswordAction",
  "chooseNewPasswordAction",
  "confirmEmailAction",
];
/** Actions every signed-in person may call on their own account (and nobody on another's). */
const OWN_ACCOUNT_ACTIONS = ["changePasswordAction"];

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

const TABLES = [
  "Event",
  "BroadcastLanguage",
  "HostCity",
  "CityOrganizer",
  "HostCityLanguage",
  "ProgramItem",
  "Speaker",
  "Assignment",
  "User",
  "Invitation",
  "Registration",
  "AuditEntry",
];

/**
 * A fingerprint of every table a write could touch. Of the outbox, which messages exist, what
 * they say and which are failed or held: the worker moves the others along in the background,
 * after the call that wrote them, but only "send again" takes a message out of failed or held.
 */
async function snapshot(): Promise<Record<string, string>> {
  const rows = await sql(
    [
      ...TABLES.map((t) => `select '${t}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${t}" x`),
      `select 'Message' as t, md5(coalesce(string_agg(concat_ws(',', id, "idempotencyKey", subject, text, case when status in ('FAILED', 'HELD') then status::text end), '|' order by id), '')) as h from "Message"`,
    ].join(" union all "),
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

beforeAll(async () => {
  cookies = await signInCallers();
});

// The 95 cases leave no events, cities, people or accounts behind for later suites (the
// audit entries stay: they are history).
const created = { events: [] as string[], speakers: [] as string[], users: [] as string[] };
afterAll(async () => {
  await sql(`delete from "Event" where slug = any($1) or slug like 'matrix-new-%'`, [created.events]);
  await sql(`delete from "Assignment" where "speakerId" in (select id from "Speaker" where id = any($1::uuid[]) or name like 'Matrix speaker-%')`, [
    created.speakers,
  ]);
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
    const listed = new Set([...OPERATIONS.map((o) => o.route.replace(/ \(.*\)$/, "")), ...PUBLIC_ROUTES]);
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
        await mailSettled();
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

describe("every server action is in the matrix", () => {
  it("lists each server action of the build, or names it as public", () => {
    const names = [...new Set(serverActions().map((a) => a.name))];
    const listed = new Set([...ACTION_OPERATIONS.map((o) => o.action), ...PUBLIC_ACTIONS, ...OWN_ACCOUNT_ACTIONS]);
    expect(names.length).toBeGreaterThan(15);
    expect(names.filter((name) => !listed.has(name))).toEqual([]);
    expect([...listed].filter((name) => !names.includes(name))).toEqual([]);
  });
});

describe("own-account actions", () => {
  it("answer an anonymous caller 401 and change nothing", async () => {
    await mailSettled();
    const before = await snapshot();
    for (const action of OWN_ACCOUNT_ACTIONS) {
      const form = new FormData();
      for (const field of ["currentPassword", "newPassword", "confirmPassword"]) form.set(field, "a quiet walk by the harbour");
      const response = await callAction(action, ["/dashboard", null, form]);
      expect(response.result, action).toMatchObject({ ok: false, code: "unauthenticated" });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("the permission matrix for server actions, called over HTTP", () => {
  for (const operation of ACTION_OPERATIONS) {
    for (const who of ["anonymous", ...Object.keys(CALLERS)] as Who[]) {
      const answer = expected(operation.family, who);
      const label = `${operation.action}(${operation.args(PLACEHOLDER).map(describeArg).join(", ")})`;
      it(`${label}: ${who} is ${answer === "allowed" ? "allowed" : `refused (${answer})`}`, async () => {
        const f = await fixture();
        await mailSettled();
        const before = await snapshot();
        const response = await callAction(operation.action, operation.args(f), { cookie: cookies[who], params: { slug: f.event, citySlug: f.city } });
        const after = await snapshot();
        expect(response.status, JSON.stringify(response.result)).toBeLessThan(400); // never a 5xx, whatever the caller
        if (answer === "allowed") {
          expect(response.redirect ?? response.result.ok, JSON.stringify(response.result)).toBeTruthy();
          expect(after.AuditEntry).not.toBe(before.AuditEntry); // every change is audited
        } else {
          expect(response.result).toMatchObject({ ok: false, code: answer === 401 ? "unauthenticated" : "forbidden" });
          expect(after).toEqual(before); // a denied call changes nothing, anywhere
        }
      });
    }
  }
});

describe("forms answer in the API's order", () => {
  // The command authorizes before it validates, for a form as for the API: invalid input from
  // someone who may not act is a 403 (or 404), never a field error that confirms the thing exists.
  it("an invalid change to another organizer's city is forbidden, by form and by API alike", async () => {
    const invalid = { ...cityFields, name: "", "venue.capacity": "-5", version: "1" };
    const byForm = await callAction("updateCityAction", ["interactive-conference-2027", "paris", {}, null, form(invalid)], {
      cookie: cookies["organizer (other city)"],
    });
    expect(byForm.result).toMatchObject({ ok: false, code: "forbidden" });
    const byApi = await call("/api/v1/events/interactive-conference-2027/cities/paris", {
      method: "PATCH",
      cookie: cookies["organizer (other city)"],
      body: JSON.stringify({ name: "" }),
    });
    expect(byApi.status).toBe(403);
    // The city's own organizer gets the field errors.
    const own = await callAction("updateCityAction", ["interactive-conference-2027", "paris", {}, null, form(invalid)], {
      cookie: cookies["organizer (own city)"],
    });
    expect(own.result).toMatchObject({ ok: false, code: "validation_error" });
    expect(Object.keys(own.result.fieldErrors)).toContain("name");
  });

  it("an invalid item for a draft event a reader may not see is a 404, by form and by API alike", async () => {
    const byForm = await callAction("addItemAction", ["planning-2028", null, form({ title: "" })], { cookie: cookies["organizer (other city)"] });
    expect(byForm.result).toMatchObject({ ok: false, code: "not_found" });
    const byApi = await call("/api/v1/events/planning-2028/items", {
      method: "POST",
      cookie: cookies["organizer (other city)"],
      body: JSON.stringify({ title: "" }),
    });
    expect(byApi.status).toBe(404);
  });
});

describe("server actions under hostile arguments", () => {
  // Bound arguments travel through the browser: any of them can be replaced by a hand-made
  // request. Every action validates them (lib/forms.ts checkInput): a form answer, never a 5xx,
  // never a stack trace, and nothing written.
  it("answers random arguments of any type without a 5xx, a leak or a write", { timeout: 180_000 }, async () => {
    const names = [...new Set(serverActions().map((a) => a.name))].filter((name) => name !== "signOutAction");
    const f = await fixture();
    // Real slugs get past the first lookups; no real item, assignment or account id and no
    // FormData is ever generated, so no random call can be a valid write.
    const realish = fc.constantFrom<unknown>(f.event, f.city);
    const argument = fc.oneof(fc.jsonValue(), realish, fc.string({ maxLength: 300 }), fc.constant(undefined));
    await mailSettled();
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(argument, { maxLength: 6 }),
        fc.constantFrom<Who>("anonymous", "coordinator", "admin"),
        async (name, args, who) => {
          const response = await callAction(name, args, { cookie: cookies[who], params: { slug: f.event, citySlug: f.city } });
          const text = JSON.stringify(response.result) ?? "";
          expect(response.status, `${name}(${text.slice(0, 200)})`).toBeLessThan(500);
          expect(text).not.toMatch(/at .*\.(js|ts):\d+|prisma|SELECT |syntax error/i);
          if (response.status === 200 && !response.redirect) expect(response.result).toMatchObject({ ok: false });
        },
      ),
      { numRuns: 150 },
    );
    expect(await snapshot()).toEqual(before);
  });
});

/** Stand-ins for the fixture's ids, to name the arguments in test titles. */
const PLACEHOLDER: Fixture = {
  event: "{event}",
  city: "{city}",
  shared: "{shared}",
  sharedNext: "{sharedNext}",
  local: "{local}",
  speaker: "{speaker}",
  other: "{other}",
  assignment: "{assignment}",
  user: "{user}",
  userEmail: "{email}",
  message: "{message}",
  registration: "{registration}",
  seated: "{seated}",
};

function describeArg(value: unknown): string {
  if (value instanceof FormData) return "form";
  if (typeof value === "string") return value.startsWith("{") ? value : JSON.stringify(value);
  return JSON.stringify(value) ?? "undefined";
}
