/** Event schemas (POST /api/v1/events, PATCH /api/v1/events/{slug}, the coordinator's forms). */
import { z } from "zod";
import { languageCodeSchema, lineSchema, paragraphSchema, slugSchema, timeZoneSchema, webUrlSchema } from "@/lib/validation/common";
import { localStartSchema } from "@/lib/validation/item";
import { translationsInputSchema } from "@/lib/translations";

export const ATTENDANCE_MODES = ["in_person", "online", "mixed"] as const;
export const EVENT_STATUSES = ["draft", "published", "cancelled"] as const;

const instantSchema = z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant with an offset, like 2018-08-25T15:00:00Z." });
const durationSchema = z.coerce
  .number({ error: "Enter the duration in minutes." })
  .int("Use whole minutes.")
  .min(1, "An event lasts at least one minute.")
  .max(14 * 24 * 60, "An event lasts at most 14 days.");

export const createEventSchema = z
  .object({
    slug: slugSchema,
    title: lineSchema(200).min(1, "Give the event a title."),
    summary: paragraphSchema(5000).optional().default(""),
    attendanceMode: z.enum(ATTENDANCE_MODES, { error: "Choose in_person, online or mixed." }).optional().default("in_person"),
    start: localStartSchema.optional(),
    startsAt: instantSchema.optional(),
    durationMinutes: durationSchema,
    languages: z
      .array(languageCodeSchema)
      .min(1, "Choose at least one broadcast language.")
      .max(12)
      .refine((codes) => new Set(codes).size === codes.length, "Each language once."),
    anchorTimeZone: timeZoneSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.start && value.startsAt)
      ctx.addIssue({ code: "custom", path: ["start"], message: "Give either start (local time and zone) or startsAt (an instant), not both." });
    if (!value.start && !value.startsAt)
      ctx.addIssue({ code: "custom", path: ["start"], message: "Give the start: start (local time and zone) or startsAt (an instant)." });
    if (value.startsAt && !value.anchorTimeZone)
      ctx.addIssue({ code: "custom", path: ["anchorTimeZone"], message: "With startsAt, say which zone the event is announced in (anchorTimeZone)." });
  });

export const updateEventSchema = z
  .object({
    title: lineSchema(200).min(1, "Give the event a title."),
    summary: paragraphSchema(5000),
    attendanceMode: z.enum(ATTENDANCE_MODES, { error: "Choose in_person, online or mixed." }),
    status: z.enum(EVENT_STATUSES, { error: "Choose draft, published or cancelled." }),
    registrationOpen: z.boolean(),
    /** Invited (unconfirmed) people on the public pages, API and feeds, as "to be confirmed". */
    showUnconfirmedPeople: z.boolean(),
    /** Attendee registration at event level (an online event: registrants get the streams and a reminder). */
    attendeeRegistration: z
      .object({
        open: z.boolean({ error: "Say true or false." }),
        closesAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant with an offset, like 2027-08-27T18:00:00Z." }).nullable(),
      })
      .partial()
      .strict(),
    /** Who holds the event ("" clears it) and their site; an https image for search results and link previews. */
    organizerName: lineSchema(200),
    organizerUrl: webUrlSchema.nullable(),
    imageUrl: z
      .url({ protocol: /^https$/, error: "Enter a full https:// address of an image." })
      .max(2000)
      .nullable(),
    /** The language the title, summary and program are first written in; one of the broadcast languages. */
    contentLanguage: languageCodeSchema,
    /** Title and summary per broadcast language; fields merge, null deletes one (lib/translations.ts). */
    translations: translationsInputSchema("event"),
    start: localStartSchema,
    startsAt: instantSchema,
    durationMinutes: durationSchema,
    anchorTimeZone: timeZoneSchema,
    /** The broadcast languages in order, each with its stream (null: none yet). */
    languages: z
      .array(z.object({ code: languageCodeSchema, streamUrl: webUrlSchema.nullable().optional() }).strict())
      .min(1, "Keep at least one broadcast language.")
      .max(12)
      .refine((list) => new Set(list.map((l) => l.code)).size === list.length, "Each language once."),
    version: z.number().int().positive(),
  })
  .partial()
  .strict()
  .superRefine((value, ctx) => {
    if (value.start && value.startsAt) ctx.addIssue({ code: "custom", path: ["start"], message: "Give either start or startsAt, not both." });
  });

export type CreateEventInput = z.infer<typeof createEventSchema>;
export type UpdateEventInput = z.infer<typeof updateEventSchema>;

/** POST /api/v1/events/{slug}/delay: minutes to add to the start (all delays together at most 240). */
export const MAX_DELAY_MINUTES = 240;
export const delayEventSchema = z
  .object({
    minutes: z
      .number({ error: "Say how many minutes, 1 to 240." })
      .int("Use a whole number of minutes.")
      .min(1, "At least one minute.")
      .max(MAX_DELAY_MINUTES, "At most 240 minutes."),
    version: z.number().int().positive().optional(),
  })
  .strict();
