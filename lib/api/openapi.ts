/**
 * The OpenAPI 3.1 document of /api/v1. Request bodies are generated from the same zod
 * schemas the routes validate with, so the document cannot drift from the code;
 * test/integration/openapi.test.ts checks that every route file is described.
 */
import { SHAPES, type ShapeName } from "@/lib/api/shapes";
import { z } from "zod";
import { registerCitySchema, rejectCitySchema, updateCitySchema } from "@/lib/validation/city";
import { createEventSchema, delayEventSchema, updateEventSchema } from "@/lib/validation/event";
import { createItemSchema, updateItemSchema } from "@/lib/validation/item";
import { assignSchema, createSpeakerSchema, updateAssignmentSchema, updateSpeakerSchema } from "@/lib/validation/speaker";
import { updateAccountSchema } from "@/lib/validation/user";
import { registrationSchema } from "@/lib/validation/registration";
import { cityTeamInviteSchema } from "@/lib/validation/team";
import { REGISTRATION_STATUSES } from "@/lib/api/shapes";

/** The response shapes of lib/api/shapes.ts, as JSON Schema (every field they always carry is required). */
function componentSchemas() {
  return Object.fromEntries(
    Object.entries(SHAPES).map(([name, shape]) => {
      const { $schema: _schema, ...json } = z.toJSONSchema(shape, { io: "output", unrepresentable: "any" }) as Record<string, unknown>;
      return [name, json];
    }),
  );
}

const body = (schema: z.ZodType) => {
  const { $schema: _schema, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { required: true, content: { "application/json": { schema: json } } };
};

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const ok = (description: string, ref?: ShapeName | ShapeName[]) => {
  const schema = (name: ShapeName) => ({ $ref: `#/components/schemas/${name}` });
  if (!ref) return { description };
  return { description, content: { "application/json": { schema: Array.isArray(ref) ? { anyOf: ref.map(schema) } : schema(ref) } } };
};
const errors = {
  "400": error("validation_error: the input is invalid (issues name the fields)"),
  "401": error("unauthenticated: no session"),
  "403": error(
    "forbidden: wrong role, not your city, or a cross-site write; password_change_required: signed in with a temporary password, which only opens /dashboard/password",
  ),
  "404": error("not_found: unknown, or not visible to you"),
  "409": error("stale_version, slug_taken or booking_conflict"),
};
const slug = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const citySlug = { name: "citySlug", in: "path", required: true, schema: { type: "string" } };
const cookie = [{ session: [] }];
/** Anyone; a session cookie, when sent, may show more (drafts, a city's private details). */
const optionalCookie = [{}, { session: [] }];
/** Anyone, the same for all. */
const open: never[] = [];

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Simulconf API",
      version: "1",
      description:
        "One conference held at the same instant in many cities. Instants are ISO 8601 without milliseconds (UTC as ...Z, local with their offset); zones are IANA names. Errors are checked in the order 401, 404, 403, 400, 409.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "The next-auth session cookie from POST /api/auth/callback/credentials",
        },
      },
      schemas: componentSchemas(),
    },
    paths: {
      "/api/v1/events": {
        get: {
          summary: "Published and cancelled events, newest first",
          security: open,
          responses: { "200": ok("Published and cancelled events", "EventList") },
        },
        post: {
          summary: "Create a draft event (coordinators)",
          security: cookie,
          requestBody: body(createEventSchema),
          responses: { "201": ok("The event", "Event"), ...errors },
        },
      },
      "/api/v1/events/{slug}": {
        parameters: [slug],
        get: {
          summary: "One event (drafts: coordinators only)",
          security: optionalCookie,
          responses: { "200": ok("The event", "Event"), "404": errors["404"] },
        },
        patch: {
          summary: "Change fields, status, streams (coordinators); optional version",
          security: cookie,
          requestBody: body(updateEventSchema),
          responses: { "200": ok("The event", "Event"), ...errors },
        },
      },
      "/api/v1/events/{slug}/schedule": {
        parameters: [
          slug,
          { name: "tz", in: "query", schema: { type: "string" }, description: "IANA zone of localStart/localEnd (default: the anchor zone)" },
          { name: "lang", in: "query", schema: { type: "string" }, description: "keep only this broadcast language's assignments" },
          { name: "city", in: "query", schema: { type: "string" }, description: "also this city's local items" },
        ],
        get: {
          summary: "The program in a zone",
          security: optionalCookie,
          responses: { "200": ok("The program in the zone asked", "Schedule"), "400": errors["400"], "404": errors["404"] },
        },
      },
      "/api/v1/events/{slug}/live": {
        parameters: [slug, { name: "city", in: "query", schema: { type: "string" }, description: "also this city's local items; times in its zone" }],
        get: {
          summary:
            "The phase (upcoming, delayed, live, ended, cancelled) and, per broadcast language, what is on now and next; shared caches keep it 5 s, poll it at most every 30 s",
          security: [],
          responses: { "200": ok("What is on now and next", "Live"), "404": errors["404"] },
        },
      },
      "/api/v1/events/{slug}/cities": {
        parameters: [slug],
        post: {
          summary: "Register a city venue (any signed-in organizer); starts pending",
          security: cookie,
          requestBody: body(registerCitySchema),
          responses: { "201": ok("The city with its private details", "CityDetail"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}": {
        parameters: [slug, citySlug],
        get: {
          summary: "One city (private details for its organizers and coordinators)",
          security: optionalCookie,
          responses: { "200": ok("The city; with its private details for its organizers and coordinators", ["CityDetail", "City"]), "404": errors["404"] },
        },
        patch: {
          summary: "Change city or venue fields; optional version",
          security: cookie,
          requestBody: body(updateCitySchema),
          responses: { "200": ok("The city with its private details", "CityDetail"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/approve": {
        parameters: [slug, citySlug],
        post: { summary: "Approve (coordinators)", security: cookie, responses: { "200": ok("The city with its private details", "CityDetail"), ...errors } },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/reject": {
        parameters: [slug, citySlug],
        post: {
          summary: "Reject with a reason (coordinators)",
          security: cookie,
          requestBody: body(rejectCitySchema),
          responses: { "200": ok("The city with its private details", "CityDetail"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/withdraw": {
        parameters: [slug, citySlug],
        post: {
          summary: "Withdraw (the city's organizers)",
          security: cookie,
          responses: { "200": ok("The city with its private details", "CityDetail"), ...errors },
        },
      },
      "/api/v1/events/{slug}/delay": {
        parameters: [slug],
        post: {
          summary:
            "Delay the start by N minutes (coordinators; 1-240, all delays together at most 240; a stale version is a 409). Before the start everything moves; during the event, the items not yet begun. The people on moved items are told at once, attendees of a moved start too",
          security: cookie,
          requestBody: body(delayEventSchema),
          responses: { "200": ok("The event, with delayMinutes and scheduledStartsAt", "Event"), ...errors },
        },
      },
      "/api/v1/events/{slug}/registrations": {
        parameters: [slug],
        post: {
          summary:
            "Register for an online event (anyone, no account; the event's attendeeRegistration must be open): the stream links and a reminder by mail. Answers as the cities' registrations do",
          security: open,
          requestBody: body(registrationSchema),
          responses: {
            "202": ok("Check your e-mail", "RegistrationAsked"),
            "400": errors["400"],
            "403": error("forbidden: registration for this event is closed"),
            "404": errors["404"],
            "429": error("rate_limited: too many registrations from this network or for this address (Retry-After)"),
          },
        },
        get: {
          summary: "The online event's registrations (coordinators)",
          security: cookie,
          parameters: [
            { name: "q", in: "query", schema: { type: "string" }, description: "a name, an e-mail address or a code" },
            { name: "status", in: "query", schema: { type: "string", enum: [...REGISTRATION_STATUSES] } },
          ],
          responses: { "200": ok("The registrations, first asked first", "RegistrationList"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/team": {
        parameters: [slug, citySlug],
        post: {
          summary:
            "Ask someone onto the city's team (its organizers, coordinators): role organizer, or door (checks attendees in, nothing else). An address with an account joins now (added); another is mailed an invitation (invited)",
          security: cookie,
          requestBody: body(cityTeamInviteSchema),
          responses: { "201": ok("added or invited", "TeamInvite"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/registrations": {
        parameters: [slug, citySlug],
        post: {
          summary:
            "Ask to register for the city's venue (anyone, no account). Always 202 \"check your e-mail\" for a valid request: the mailed link's page confirms; an address already registered there is mailed its registration instead",
          security: open,
          requestBody: body(registrationSchema),
          responses: {
            "202": ok("Check your e-mail", "RegistrationAsked"),
            "400": errors["400"],
            "403": error("forbidden: registration for this venue is closed"),
            "404": errors["404"],
            "429": error("rate_limited: too many registrations from this network or for this address (Retry-After)"),
          },
        },
        get: {
          summary: "The city's registrations, with seats counted (its organizers and coordinators)",
          security: cookie,
          parameters: [
            { name: "q", in: "query", schema: { type: "string" }, description: "a name, an e-mail address or a door code" },
            { name: "status", in: "query", schema: { type: "string", enum: [...REGISTRATION_STATUSES] } },
          ],
          responses: { "200": ok("The registrations, first asked first", "RegistrationList"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/registrations.csv": {
        parameters: [slug, citySlug],
        get: {
          summary: "The city's registrations as a spreadsheet: UTF-8 CSV with a byte-order mark, formulas kept inert (its organizers and coordinators)",
          security: cookie,
          responses: {
            "200": { description: "name, email, seats, status, code, registered_at, checked_in_at", content: { "text/csv": { schema: { type: "string" } } } },
            "401": errors["401"],
            "403": errors["403"],
            "404": errors["404"],
          },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/check-in": {
        parameters: [slug, citySlug, { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary:
            "Check a confirmed attendee in at the door (its organizers, coordinators). Again: 200 with alreadyCheckedIn and the first time; not confirmed: 409",
          security: cookie,
          responses: { "200": ok("The registration, and whether it was already checked in", "CheckIn"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/approve": {
        parameters: [slug, citySlug, { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary: "Approve a registration awaiting approval (its organizers, coordinators): its seats if they fit, else the waiting list",
          security: cookie,
          responses: { "200": ok("The registration", "Registration"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/registrations/{id}/decline": {
        parameters: [slug, citySlug, { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary: "Decline a registration awaiting approval (its organizers, coordinators); the attendee is told",
          security: cookie,
          responses: { "200": ok("The registration", "Registration"), ...errors },
        },
      },
      "/api/v1/events/{slug}/items": {
        parameters: [slug],
        post: {
          summary: "Add a program item: shared (coordinators) or local with citySlug (also its organizers)",
          security: cookie,
          requestBody: body(createItemSchema),
          responses: { "201": ok("The item", "Item"), ...errors },
        },
      },
      "/api/v1/events/{slug}/items/{itemId}": {
        parameters: [slug, { name: "itemId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        patch: {
          summary: "Change a program item; optional version",
          security: cookie,
          requestBody: body(updateItemSchema),
          responses: { "200": ok("The item", "Item"), ...errors },
        },
        delete: { summary: "Remove a program item", security: cookie, responses: { "204": ok("Removed"), ...errors } },
      },
      "/api/v1/speakers": {
        get: {
          summary: "The roster (coordinators; with private contacts)",
          security: cookie,
          parameters: [
            { name: "q", in: "query", schema: { type: "string" } },
            { name: "lang", in: "query", schema: { type: "string" } },
          ],
          responses: { "200": ok("The roster", "SpeakerList"), "401": errors["401"], "403": errors["403"] },
        },
        post: {
          summary: "Add a speaker (coordinators); contactEmail is private",
          security: cookie,
          requestBody: body(createSpeakerSchema),
          responses: { "201": ok("The speaker", "Speaker"), ...errors },
        },
      },
      "/api/v1/speakers/{speakerId}": {
        parameters: [{ name: "speakerId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        patch: {
          summary: "Change a speaker's details (coordinators); null clears photoUrl, contactEmail or timeZone; optional version",
          security: cookie,
          requestBody: body(updateSpeakerSchema),
          responses: { "200": ok("The speaker", "Speaker"), ...errors },
        },
        delete: {
          summary: "Remove a speaker (coordinators); 409 in_use while they still have assignments, naming the items",
          security: cookie,
          responses: { "204": ok("Removed"), ...errors },
        },
      },
      "/api/v1/events/{slug}/items/{itemId}/assignments": {
        parameters: [slug, { name: "itemId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary:
            "Assign a speaker, moderator or interpreter for one broadcast language (coordinators). 409 booking_conflict names the overlapping booking; warnings flag night-time slots.",
          security: cookie,
          requestBody: body(assignSchema),
          responses: { "201": ok("The assignment with warnings", "Assignment"), ...errors },
        },
      },
      "/api/v1/events/{slug}/items/{itemId}/assignments/{assignmentId}": {
        parameters: [
          slug,
          { name: "itemId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          { name: "assignmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
        ],
        patch: {
          summary: "Change the status (coordinators)",
          security: cookie,
          requestBody: body(updateAssignmentSchema),
          responses: { "200": ok("The assignment", "Assignment"), ...errors },
        },
        delete: { summary: "Remove the assignment (coordinators)", security: cookie, responses: { "204": ok("Removed"), ...errors } },
      },
      "/api/v1/users/{userId}": {
        parameters: [{ name: "userId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        patch: {
          summary: "Change role, disable or enable an account (admins); disabling ends its sessions",
          security: cookie,
          requestBody: body(updateAccountSchema),
          responses: { "200": ok("The account", "Account"), ...errors },
        },
      },
      "/api/v1/users/{userId}/reset-password": {
        parameters: [{ name: "userId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary: "Set a temporary password (admins): old sessions end; it works for 24 hours, only to choose a new one",
          security: cookie,
          responses: { "200": ok("The temporary password", "TemporaryPassword"), ...errors },
        },
      },
      "/api/v1/time-zones": {
        get: {
          summary: "Every time zone a picker offers (tzdata's zone.tab and UTC), named in an interface language, with its offset on a date (public)",
          security: open,
          parameters: [
            { name: "locale", in: "query", schema: { type: "string", enum: ["en", "fr", "fa", "ar"] } },
            { name: "date", in: "query", required: true, schema: { type: "string", format: "date" } },
          ],
          responses: { "200": ok("The zones, sorted by offset", "ZoneList"), "400": errors["400"] },
        },
      },
      "/api/v1/openapi.json": { get: { summary: "This document", security: open, responses: { "200": ok("OpenAPI 3.1") } } },
    },
  };
}
