/** Program item schemas, shared by the coordinator's and organizers' forms and the API. */
import { z } from "zod";
import { translationsInputSchema } from "@/lib/translations";
import { languageCodeSchema, lineSchema, paragraphSchema, timeZoneSchema } from "@/lib/validation/common";

export const ITEM_KINDS = ["opening", "keynote", "talk", "panel", "testimony", "message", "exhibition", "reception", "break", "closing", "other"] as const;

/** A wall-clock start in a named zone: { local: "2018-08-25T17:00", timeZone: "Europe/Paris" }. */
export const localStartSchema = z.object({
  local: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Use a local date and time like 2018-08-25T17:00."),
  timeZone: timeZoneSchema,
});

export const createItemSchema = z
  .object({
    title: lineSchema(200).min(1, "Give the item a title."),
    kind: z.enum(ITEM_KINDS, { error: `Choose one of: ${ITEM_KINDS.join(", ")}.` }),
    description: paragraphSchema(5000).optional().default(""),
    language: languageCodeSchema.optional(),
    startsAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant with an offset, like 2018-08-25T15:00:00Z." }).optional(),
    start: localStartSchema.optional(),
    durationMinutes: z.coerce
      .number({ error: "Enter the duration in minutes." })
      .int("Use whole minutes.")
      .min(1, "An item lasts at least one minute.")
      .max(24 * 60, "An item lasts at most 24 hours."),
    citySlug: z.string().trim().min(1).max(80).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.start && value.startsAt) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "Give either start (local time and zone) or startsAt (an instant), not both." });
    } else if (!value.start && !value.startsAt) {
      ctx.addIssue({ code: "custom", path: ["start"], message: "Give the start: start (local time and zone) or startsAt (an instant)." });
    }
  });

export type CreateItemInput = z.infer<typeof createItemSchema>;

export const updateItemSchema = z
  .object({
    title: lineSchema(200).min(1, "Give the item a title."),
    kind: z.enum(ITEM_KINDS, { error: `Choose one of: ${ITEM_KINDS.join(", ")}.` }),
    description: paragraphSchema(5000),
    language: languageCodeSchema,
    startsAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant with an offset, like 2018-08-25T15:00:00Z." }),
    start: localStartSchema,
    durationMinutes: z.coerce
      .number({ error: "Enter the duration in minutes." })
      .int("Use whole minutes.")
      .min(1, "An item lasts at least one minute.")
      .max(24 * 60, "An item lasts at most 24 hours."),
    /** Title and description per broadcast language; fields merge, null deletes one (lib/translations.ts). */
    translations: translationsInputSchema("item"),
    version: z.number().int().positive(),
  })
  .partial()
  .strict()
  .superRefine((value, ctx) => {
    if (value.start && value.startsAt)
      ctx.addIssue({ code: "custom", path: ["start"], message: "Give either start (local time and zone) or startsAt (an instant), not both." });
  });

export type UpdateItemInput = z.infer<typeof updateItemSchema>;
