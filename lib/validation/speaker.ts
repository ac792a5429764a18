import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
/** Speaker and assignment schemas (roster forms, the board, the API). */
import { z } from "zod";
import { emailSchema, languageCodeSchema, lineSchema, nameSchema, paragraphSchema, timeZoneSchema, webUrlSchema } from "@/lib/validation/common";

const preferredLanguageSchema = z.enum(INTERFACE_LOCALES, { error: `Choose one of: ${INTERFACE_LOCALES.join(", ")}.` });

export const createSpeakerSchema = z.object({
  name: nameSchema,
  languages: z
    .array(languageCodeSchema)
    .min(1, "Give at least one language this person speaks.")
    .max(20)
    .refine((codes) => new Set(codes).size === codes.length, "Each language once."),
  affiliation: lineSchema(300).optional().default(""),
  bio: paragraphSchema(3000).optional().default(""),
  /** Shown by browsers only; the server never fetches it. */
  photoUrl: webUrlSchema.optional(),
  /** Private: never in a public page or response. */
  contactEmail: emailSchema.optional(),
  /** Where the person lives, for warnings about slots at night and the times in their messages. */
  timeZone: timeZoneSchema.optional(),
  /** The interface language of their messages and personal page. */
  preferredLanguage: preferredLanguageSchema.optional(),
});

/** PATCH /api/v1/speakers/{id}: the fields sent change; null clears an optional one. */
export const updateSpeakerSchema = z
  .object({
    name: nameSchema,
    languages: createSpeakerSchema.shape.languages,
    affiliation: lineSchema(300),
    bio: paragraphSchema(3000),
    photoUrl: webUrlSchema.nullable(),
    contactEmail: emailSchema.nullable(),
    timeZone: timeZoneSchema.nullable(),
    preferredLanguage: preferredLanguageSchema.nullable(),
    version: z.number().int().positive(),
  })
  .partial()
  .strict();

export const ASSIGNMENT_ROLES = ["speaker", "moderator", "interpreter"] as const;
export const ASSIGNMENT_STATUSES = ["invited", "confirmed", "declined"] as const;

export const assignSchema = z.object({
  speakerId: z.uuid("Choose a speaker from the roster."),
  language: languageCodeSchema,
  role: z.enum(ASSIGNMENT_ROLES, { error: "Choose speaker, moderator or interpreter." }),
  status: z.enum(ASSIGNMENT_STATUSES, { error: "Choose invited, confirmed or declined." }).optional().default("invited"),
});

export const updateAssignmentSchema = z.object({
  status: z.enum(ASSIGNMENT_STATUSES, { error: "Choose invited, confirmed or declined." }),
  version: z.number().int().positive().optional(),
});

export type CreateSpeakerInput = z.infer<typeof createSpeakerSchema>;
export type UpdateSpeakerInput = z.infer<typeof updateSpeakerSchema>;
export type AssignInput = z.infer<typeof assignSchema>;
