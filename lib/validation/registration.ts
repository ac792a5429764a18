/** What an attendee sends to register for a venue (lib/data/registrations.ts). */
import { z } from "zod";
import { INTERFACE_LOCALES } from "@/lib/i18n/locales";
import { emailSchema, lineSchema, timeZoneSchema } from "@/lib/validation/common";
import { REGISTRATION_STATUSES } from "@/lib/api/shapes";

/** Door codes: characters without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), read aloud or typed at the door. */
export const DOOR_CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
export const DOOR_CODE_LENGTH = 6;

/** The fields an attendee sends. `website` is a honeypot: people leave it empty, form-filling robots do not. */
export const registrationSchema = z
  .object({
    name: lineSchema(200).min(1, "Enter your name."),
    email: emailSchema,
    seats: z.coerce.number({ error: "Enter a number of seats." }).int("Use a whole number.").min(1, "At least one seat.").default(1),
    website: z.string().max(200).optional(),
    /** Their own IANA zone (an online event's times are said in it; a venue's are the city's). */
    timeZone: timeZoneSchema.optional(),
    /** The interface language the person registers in (their messages are written in it); default English. */
    locale: z.enum(INTERFACE_LOCALES).optional(),
  })
  .strict();

/** The organizers' list: `q` searches names, addresses and door codes; `status` keeps one status. */
export const registrationFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(REGISTRATION_STATUSES).optional(),
});
