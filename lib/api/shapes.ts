/**
 * The JSON the API answers, as zod schemas: the TypeScript types of lib/data are inferred from
 * them, the OpenAPI document's response schemas are generated from them (lib/api/openapi.ts),
 * and the integration tests validate real answers against that document. A field added here
 * appears in the type (so the mapper must fill it), the document and the tests at once.
 */
import { z } from "zod";
import { ERROR_STATUS } from "@/lib/api/errors";

/** An instant as the API writes it: ISO 8601 without milliseconds, UTC ("…Z") or local ("…+02:00"). */
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/);

export const languageShape = z.object({
  code: z.string(),
  name: z.string(),
  direction: z.enum(["ltr", "rtl"]),
  streamUrl: z.string().nullable(),
});

/** `{ fa: { title: "…" } }`: a record's texts in other broadcast languages (lib/translations.ts). */
const translationsOf = <T extends z.ZodRawShape>(fields: T) => z.record(z.string(), z.object(fields).partial().strict());
/** Translations made from an original that has changed since, to review: `["fa.title"]`. */
const staleTranslations = z.array(z.string());

export const venueShape = z.object({
  name: z.string(),
  /** null to the public when the city keeps it private (addressPublic false). */
  address: z.string().nullable(),
  addressPublic: z.boolean(),
  capacity: z.number().int().nullable(),
  accessibility: z.string(),
});

/** A city's attendee registration settings (apart from the event's registrationOpen, about host cities). */
export const attendeeRegistrationShape = z.object({
  open: z.boolean(),
  /** null: until the event starts. */
  closesAt: instant.nullable(),
  approval: z.boolean(),
  maxSeatsPerPerson: z.number().int(),
});

export const cityShape = z.object({
  slug: z.string(),
  name: z.string(),
  countryCode: z.string().length(2),
  timeZone: z.string(),
  utcOffset: z.string(),
  localStart: instant,
  localEnd: instant,
  status: z.enum(["pending", "approved", "rejected", "withdrawn"]),
  venue: venueShape,
  attendeeRegistration: attendeeRegistrationShape,
  languages: z.array(z.string()),
  translations: translationsOf({ name: z.string(), venue: z.object({ accessibility: z.string() }).partial().strict() }),
  staleTranslations,
  version: z.number().int(),
});

/** A city with its private details (its organizers and coordinators only). */
export const cityDetailShape = cityShape.extend({
  id: z.string(),
  venue: venueShape.extend({ address: z.string() }),
  event: z.object({ slug: z.string(), title: z.string() }),
  contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  rejectionReason: z.string().nullable(),
  organizers: z.array(z.object({ name: z.string(), email: z.string() })),
  /** People who only check attendees in at the door. */
  doorVolunteers: z.array(z.object({ name: z.string(), email: z.string() })),
});

export const REGISTRATION_STATUSES = ["unconfirmed", "awaiting_approval", "confirmed", "waitlisted", "declined", "cancelled"] as const;

/** An attendee's registration as its city's organizers and coordinators read it (personal data: never public). */
export const registrationShape = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  seats: z.number().int(),
  status: z.enum(REGISTRATION_STATUSES),
  /** The short code for the door (also in the attendee's QR code). */
  code: z.string(),
  createdAt: instant,
  checkedInAt: instant.nullable(),
  version: z.number().int(),
});

export const registrationListShape = z.object({
  /** The venue's seats (null: not set, no limit). */
  capacity: z.number().int().nullable(),
  confirmedSeats: z.number().int(),
  waitlistedSeats: z.number().int(),
  awaitingSeats: z.number().int(),
  registrations: z.array(registrationShape),
});

/** A check-in at the door: the registration, and whether it had been checked in before (then its first time stands). */
export const checkInShape = z.object({ alreadyCheckedIn: z.boolean(), registration: registrationShape });

/** The answer to every valid registration request, whoever the address belongs to. */
export const registrationAskedShape = z.object({ status: z.literal("check_email") });

const eventFields = {
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  status: z.enum(["draft", "published", "cancelled"]),
  attendanceMode: z.enum(["in_person", "online", "mixed"]),
  startsAt: instant,
  endsAt: instant,
  anchorTimeZone: z.string(),
  registrationOpen: z.boolean(),
  showUnconfirmedPeople: z.boolean(),
  /** Minutes the start slipped on the day (all delays together), and the start first announced (null: never delayed). */
  delayMinutes: z.number().int(),
  scheduledStartsAt: instant.nullable(),
  /** Attendee registration at event level (an online event, which has no venues); cities have their own. */
  attendeeRegistration: z.object({ open: z.boolean(), closesAt: instant.nullable() }),
  /** Who holds the event ("" when not said), and their site. */
  organizerName: z.string(),
  organizerUrl: z.string().nullable(),
  /** An https image for search results and link previews. */
  imageUrl: z.string().nullable(),
  /** The language the title, summary and program are first written in (the fallback). */
  contentLanguage: z.string(),
  translations: translationsOf({ title: z.string(), summary: z.string() }),
  staleTranslations,
  version: z.number().int(),
};

export const eventShape = z.object({ ...eventFields, languages: z.array(languageShape), cities: z.array(cityShape) });

export const eventSummaryShape = z.object({ ...eventFields, languages: z.array(z.string()), cityCount: z.number().int() });

export const eventListShape = z.object({ events: z.array(eventSummaryShape) });

export const programAssignmentShape = z.object({
  language: z.string(),
  role: z.string(),
  status: z.string(),
  speaker: z.object({ id: z.string(), name: z.string(), affiliation: z.string() }),
});

/** A program item as the public and the API see it. */
export const programItemShape = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  description: z.string(),
  language: z.string(),
  citySlug: z.string().nullable(),
  startsAt: instant,
  endsAt: instant,
  version: z.number().int(),
  translations: translationsOf({ title: z.string(), description: z.string() }),
  staleTranslations,
  assignments: z.array(programAssignmentShape),
});

/** A program item with its local times (the answer of an item write). */
export const itemShape = programItemShape.extend({ localStart: instant, localEnd: instant });

export const scheduleItemShape = programItemShape.omit({ description: true, version: true }).extend({ localStart: instant, localEnd: instant });

export const scheduleShape = z.object({ timeZone: z.string(), items: z.array(scheduleItemShape) });

/** GET /events/{slug}/live: the phase at the server's clock and, per broadcast language, what is on now and next. */
export const liveShape = z.object({
  phase: z.enum(["upcoming", "delayed", "live", "ended", "cancelled"]),
  startsAt: instant,
  endsAt: instant,
  /** The start as first planned (equal to startsAt unless delayed). */
  scheduledStartsAt: instant,
  delayMinutes: z.number().int(),
  /** The server's clock when the answer was made (it may be a few seconds old: see Age). */
  serverTime: instant,
  /** The zone of localStart/localEnd: the city's with ?city=, else the event's anchor zone. */
  timeZone: z.string(),
  languages: z.array(z.object({ code: z.string(), now: scheduleItemShape.nullable(), next: scheduleItemShape.nullable() })),
});

export const speakerShape = z.object({
  id: z.string(),
  name: z.string(),
  affiliation: z.string(),
  bio: z.string(),
  languages: z.array(z.string()),
  photoUrl: z.string().nullable(),
  contactEmail: z.string().nullable(),
  timeZone: z.string().nullable(),
  /** en, fr, fa or ar: the language of their messages and personal page (null: English). */
  preferredLanguage: z.string().nullable(),
  version: z.number().int(),
});

export const speakerListShape = z.object({ speakers: z.array(speakerShape) });

export const assignmentShape = z.object({
  id: z.string(),
  itemId: z.string(),
  language: z.string(),
  role: z.string(),
  status: z.string(),
  speaker: z.object({ id: z.string(), name: z.string(), affiliation: z.string() }),
  version: z.number().int(),
  warnings: z.array(z.string()),
});

export const accountShape = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["admin", "coordinator", "organizer"]),
  disabled: z.boolean(),
  disabledAt: instant.nullable(),
  version: z.number().int(),
});

export const temporaryPasswordShape = z.object({ temporaryPassword: z.string(), expiresAt: instant });

export const errorShape = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...(keyof typeof ERROR_STATUS)[]]),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export const zoneOptionShape = z.object({
  id: z.string(),
  city: z.string(),
  country: z.string(),
  offset: z.string(),
  generic: z.string().nullable(),
  search: z.string(),
});

export const zoneListShape = z.object({ zones: z.array(zoneOptionShape) });

/** Every named shape, as the OpenAPI document's components. */
export const SHAPES = {
  Error: errorShape,
  Language: languageShape,
  Venue: venueShape,
  City: cityShape,
  CityDetail: cityDetailShape,
  Event: eventShape,
  EventSummary: eventSummaryShape,
  EventList: eventListShape,
  ProgramAssignment: programAssignmentShape,
  Item: itemShape,
  ScheduleItem: scheduleItemShape,
  Live: liveShape,
  Schedule: scheduleShape,
  Speaker: speakerShape,
  SpeakerList: speakerListShape,
  Assignment: assignmentShape,
  Account: accountShape,
  Registration: registrationShape,
  RegistrationList: registrationListShape,
  RegistrationAsked: registrationAskedShape,
  CheckIn: checkInShape,
  TeamInvite: z.object({ status: z.enum(["added", "invited"]) }),
  TemporaryPassword: temporaryPasswordShape,
  ZoneList: zoneListShape,
} as const;

export type ShapeName = keyof typeof SHAPES;

export type LanguageJson = z.infer<typeof languageShape>;
export type VenueJson = z.infer<typeof venueShape>;
export type CityJson = z.infer<typeof cityShape>;
export type CityDetailJson = z.infer<typeof cityDetailShape>;
export type EventJson = z.infer<typeof eventShape>;
export type EventSummaryJson = z.infer<typeof eventSummaryShape>;
export type ProgramAssignment = z.infer<typeof programAssignmentShape>;
export type PublicProgramItem = z.infer<typeof programItemShape>;
export type ScheduleItemJson = z.infer<typeof itemShape>;
export type ScheduleItem = z.infer<typeof scheduleItemShape>;
export type LiveJson = z.infer<typeof liveShape>;
export type SpeakerJson = z.infer<typeof speakerShape>;
export type AssignmentJson = z.infer<typeof assignmentShape>;
export type AccountJson = z.infer<typeof accountShape>;
export type RegistrationJson = z.infer<typeof registrationShape>;
