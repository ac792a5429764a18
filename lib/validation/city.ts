/** Host city schemas, shared by the registration and venue forms, their actions and the API. */
import { z } from "zod";
import { translationsInputSchema } from "@/lib/translations";
import { slugify } from "@/lib/slug";
import {
  countryCodeSchema,
  emailSchema,
  languageCodeSchema,
  lineSchema,
  nameSchema,
  paragraphSchema,
  slugSchema,
  timeZoneSchema,
} from "@/lib/validation/common";

/** The venue's fields as sent; defaults only where a whole venue is given (registration). */
const venueFields = {
  name: nameSchema,
  address: lineSchema(500).min(1, "Enter the venue's address."),
  capacity: z
    .preprocess((value) => (value === "" || value === null ? undefined : value), z.coerce.number({ error: "Enter the number of seats." }))
    .pipe(z.number().int("Use a whole number.").min(0, "The capacity cannot be negative.").max(1_000_000, "That capacity is not plausible.")),
  accessibility: paragraphSchema(2000),
};

const contactFields = {
  name: lineSchema(200),
  email: z.union([z.literal(""), emailSchema]),
  phone: lineSchema(50),
};

export const venueSchema = z.object({ ...venueFields, accessibility: venueFields.accessibility.optional().default("") });

export const contactSchema = z.object({
  name: contactFields.name.optional().default(""),
  email: contactFields.email.optional().default(""),
  phone: contactFields.phone.optional().default(""),
});

export const registerCitySchema = z.object({
  name: nameSchema,
  slug: slugSchema.optional(),
  countryCode: countryCodeSchema,
  timeZone: timeZoneSchema,
  venue: venueSchema,
  contact: contactSchema.optional(),
  /** Broadcast languages shown at the venue (codes of the event's languages); default all. */
  languages: z.array(languageCodeSchema).max(20).optional(),
});

/** How many seats one person may ask for, at most (a city sets its own limit up to it). */
export const MAX_SEATS_LIMIT = 50;

/** A city's attendee registration settings (each field optional: one not sent is not changed). */
export const attendeeRegistrationSchema = z
  .object({
    open: z.boolean({ error: "Say true or false." }),
    /** Until when (an instant); null: until the event starts. */
    closesAt: z.iso.datetime({ offset: true, error: "Use an ISO 8601 instant with an offset, like 2027-08-27T18:00:00Z." }).nullable(),
    /** Whether each registration waits for an organizer's approval. */
    approval: z.boolean({ error: "Say true or false." }),
    maxSeatsPerPerson: z.coerce
      .number({ error: "Enter a number of seats." })
      .int("Use a whole number.")
      .min(1, "At least one seat.")
      .max(MAX_SEATS_LIMIT, `At most ${MAX_SEATS_LIMIT} seats.`),
  })
  .partial()
  .strict();

export const updateCitySchema = z
  .object({
    name: nameSchema,
    countryCode: countryCodeSchema,
    timeZone: timeZoneSchema,
    // Without defaults: a field not sent is not changed (a default here would erase it).
    venue: z
      .object({ ...venueFields, addressPublic: z.boolean({ error: "Say true or false." }) })
      .partial()
      .strict(),
    attendeeRegistration: attendeeRegistrationSchema,
    contact: z.object(contactFields).partial().strict(),
    languages: z.array(languageCodeSchema).max(20),
    /** Name and venue accessibility notes per broadcast language; fields merge, null deletes one (lib/translations.ts). */
    translations: translationsInputSchema("city"),
    version: z.number().int().positive(),
  })
  .partial()
  .strict();

export const rejectCitySchema = z.object({
  reason: paragraphSchema(1000).min(1, "Say why, so the organizer can act on it."),
});

export type RegisterCityInput = z.infer<typeof registerCitySchema>;
export type UpdateCityInput = z.infer<typeof updateCitySchema>;

/** "São Paulo" -> "sao-paulo": the default slug of a city. */
export const slugFromName = (name: string) => slugify(name, 80);

/** A city object (as the API takes it) from the fields of the city form. */
export function cityFromForm(formData: FormData) {
  const text = (key: string) => {
    const value = formData.get(key);
    return typeof value === "string" ? value : undefined;
  };
  const version = text("version");
  return {
    name: text("name"),
    countryCode: text("countryCode"),
    timeZone: text("timeZone"),
    venue: {
      name: text("venue.name"),
      address: text("venue.address"),
      capacity: text("venue.capacity"),
      accessibility: text("venue.accessibility"),
    },
    contact: { name: text("contact.name"), email: text("contact.email"), phone: text("contact.phone") },
    languages: [...formData.keys()].filter((key) => key.startsWith("language-")).map((key) => key.slice("language-".length)),
    ...(version ? { version: Number(version) } : {}),
  };
}
