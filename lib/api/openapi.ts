/**
 * The OpenAPI 3.1 document of /api/v1. Request bodies are generated from the same zod
 * schemas the routes validate with, so the document cannot drift from the code;
 * test/integration/openapi.test.ts checks that every route file is described.
 */
import { ERROR_STATUS } from "@/lib/api/errors";
import { z } from "zod";
import { registerCitySchema, rejectCitySchema, updateCitySchema } from "@/lib/validation/city";
import { createEventSchema, updateEventSchema } from "@/lib/validation/event";
import { createItemSchema, updateItemSchema } from "@/lib/validation/item";
import { assignSchema, createSpeakerSchema, updateAssignmentSchema } from "@/lib/validation/speaker";
import { updateAccountSchema } from "@/lib/validation/user";

const body = (schema: z.ZodType) => {
  const { $schema: _schema, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return { required: true, content: { "application/json": { schema: json } } };
};

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const ok = (description: string, ref?: string) => ({
  description,
  ...(ref ? { content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } } : {}),
});
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
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { enum: Object.keys(ERROR_STATUS) },
                message: { type: "string" },
                issues: {
                  type: "array",
                  items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } },
                },
              },
            },
          },
        },
        Language: {
          type: "object",
          properties: { code: { type: "string" }, name: { type: "string" }, direction: { enum: ["ltr", "rtl"] }, streamUrl: { type: ["string", "null"] } },
        },
        City: {
          type: "object",
          properties: {
            slug: { type: "string" },
            name: { type: "string" },
            countryCode: { type: "string" },
            timeZone: { type: "string", description: "IANA zone" },
            utcOffset: { type: "string", example: "+02:00" },
            localStart: { type: "string", example: "2018-08-25T17:00:00+02:00" },
            localEnd: { type: "string" },
            status: { enum: ["pending", "approved", "rejected", "withdrawn"] },
            venue: {
              type: "object",
              properties: { name: { type: "string" }, address: { type: "string" }, capacity: { type: ["integer", "null"] }, accessibility: { type: "string" } },
            },
            languages: { type: "array", items: { type: "string" } },
            version: { type: "integer" },
          },
        },
        Event: {
          type: "object",
          properties: {
            slug: { type: "string" },
            title: { type: "string" },
            summary: { type: "string" },
            status: { enum: ["draft", "published", "cancelled"] },
            attendanceMode: { enum: ["in_person", "online", "mixed"] },
            startsAt: { type: "string", example: "2018-08-25T15:00:00Z" },
            endsAt: { type: "string" },
            anchorTimeZone: { type: "string" },
            languages: { type: "array", items: { $ref: "#/components/schemas/Language" } },
            cities: { type: "array", items: { $ref: "#/components/schemas/City" } },
            version: { type: "integer" },
          },
        },
        ScheduleItem: {
          type: "object",
          properties: {
            id: { type: "string" },
            title: { type: "string" },
            kind: { type: "string" },
            language: { type: "string" },
            citySlug: { type: ["string", "null"] },
            startsAt: { type: "string" },
            endsAt: { type: "string" },
            localStart: { type: "string" },
            localEnd: { type: "string" },
            assignments: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  language: { type: "string" },
                  role: { type: "string" },
                  status: { type: "string" },
                  speaker: { type: "object", properties: { id: { type: "string" }, name: { type: "string" }, affiliation: { type: "string" } } },
                },
              },
            },
          },
        },
      },
    },
    paths: {
      "/api/v1/events": {
        get: { summary: "Published and cancelled events, newest first", responses: { "200": ok("{ events: [...] }") } },
        post: {
          summary: "Create a draft event (coordinators)",
          security: cookie,
          requestBody: body(createEventSchema),
          responses: { "201": ok("The event", "Event"), ...errors },
        },
      },
      "/api/v1/events/{slug}": {
        parameters: [slug],
        get: { summary: "One event (drafts: coordinators only)", responses: { "200": ok("The event", "Event"), "404": errors["404"] } },
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
        get: { summary: "The program in a zone", responses: { "200": ok("{ timeZone, items: [ScheduleItem] }"), "400": errors["400"], "404": errors["404"] } },
      },
      "/api/v1/events/{slug}/cities": {
        parameters: [slug],
        post: {
          summary: "Register a city venue (any signed-in organizer); starts pending",
          security: cookie,
          requestBody: body(registerCitySchema),
          responses: { "201": ok("The city", "City"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}": {
        parameters: [slug, citySlug],
        get: { summary: "One city (private details for its organizers and coordinators)", responses: { "200": ok("The city", "City"), "404": errors["404"] } },
        patch: {
          summary: "Change city or venue fields; optional version",
          security: cookie,
          requestBody: body(updateCitySchema),
          responses: { "200": ok("The city", "City"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/approve": {
        parameters: [slug, citySlug],
        post: { summary: "Approve (coordinators)", security: cookie, responses: { "200": ok("The city", "City"), ...errors } },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/reject": {
        parameters: [slug, citySlug],
        post: {
          summary: "Reject with a reason (coordinators)",
          security: cookie,
          requestBody: body(rejectCitySchema),
          responses: { "200": ok("The city", "City"), ...errors },
        },
      },
      "/api/v1/events/{slug}/cities/{citySlug}/withdraw": {
        parameters: [slug, citySlug],
        post: { summary: "Withdraw (the city's organizers)", security: cookie, responses: { "200": ok("The city", "City"), ...errors } },
      },
      "/api/v1/events/{slug}/items": {
        parameters: [slug],
        post: {
          summary: "Add a program item: shared (coordinators) or local with citySlug (also its organizers)",
          security: cookie,
          requestBody: body(createItemSchema),
          responses: { "201": ok("The item", "ScheduleItem"), ...errors },
        },
      },
      "/api/v1/events/{slug}/items/{itemId}": {
        parameters: [slug, { name: "itemId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        patch: {
          summary: "Change a program item; optional version",
          security: cookie,
          requestBody: body(updateItemSchema),
          responses: { "200": ok("The item", "ScheduleItem"), ...errors },
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
          responses: { "200": ok("{ speakers: [...] }"), "401": errors["401"], "403": errors["403"] },
        },
        post: {
          summary: "Add a speaker (coordinators); contactEmail is private",
          security: cookie,
          requestBody: body(createSpeakerSchema),
          responses: { "201": ok("The speaker"), ...errors },
        },
      },
      "/api/v1/events/{slug}/items/{itemId}/assignments": {
        parameters: [slug, { name: "itemId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary:
            "Assign a speaker, moderator or interpreter for one broadcast language (coordinators). 409 booking_conflict names the overlapping booking; warnings flag night-time slots.",
          security: cookie,
          requestBody: body(assignSchema),
          responses: { "201": ok("The assignment with warnings"), ...errors },
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
          responses: { "200": ok("The assignment"), ...errors },
        },
        delete: { summary: "Remove the assignment (coordinators)", security: cookie, responses: { "204": ok("Removed"), ...errors } },
      },
      "/api/v1/users/{userId}": {
        parameters: [{ name: "userId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        patch: {
          summary: "Change role, disable or enable an account (admins); disabling ends its sessions",
          security: cookie,
          requestBody: body(updateAccountSchema),
          responses: { "200": ok("The account"), ...errors },
        },
      },
      "/api/v1/users/{userId}/reset-password": {
        parameters: [{ name: "userId", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        post: {
          summary: "Set a temporary password (admins): old sessions end; it works for 24 hours, only to choose a new one",
          security: cookie,
          responses: { "200": ok("{ temporaryPassword, expiresAt }"), ...errors },
        },
      },
      "/api/v1/openapi.json": { get: { summary: "This document", responses: { "200": ok("OpenAPI 3.1") } } },
    },
  };
}
