/**
 * Attendee registration for a host city's venue (no account). The rules:
 *
 * - Asking (`askToRegister`) always answers "check your e-mail": a new address gets a message
 *   whose link leads to a page where a button confirms (mail scanners open links, never press
 *   buttons); an address already registered there gets its registration as it stands, and
 *   nothing changes. The answer never says who is registered; no one takes seats with someone
 *   else's address.
 * - Confirming (`confirmRegistration`) decides: held for the organizers' approval (cities that
 *   approve each), else a seat when the seats asked fit in what is left, else the waiting list,
 *   whole. The city's row is locked while seats are counted, so parallel confirmations never give
 *   more seats than the venue has.
 * - Cancelling frees the seats; the waiting list is promoted in order, skipping requests that
 *   do not fit in what is left (`promoteWaitlist`).
 * - Each decision is mailed to the person in the language they registered in (a confirmed seat
 *   with the venue's address, the code for the door and its QR code, and a calendar file).
 *
 * A personal link (view, change, cancel) is an HMAC of the registration's id under AUTH_SECRET:
 * the same link can be mailed again, and only its SHA-256 is stored.
 */
import "server-only";
import { createHmac, randomInt } from "node:crypto";
import QRCode from "qrcode";
import { z } from "zod";
import { ApiError, forbidden, notFound } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import { requireCityAccess, type SessionUser } from "@/lib/auth/guards";
import { isUuid } from "@/lib/ids";
import { toUtcIso } from "@/lib/time";
import { localized, translationsJson } from "@/lib/translations";
import { isTokenShaped, tokenHash } from "@/lib/auth/tokens";
import { registrationRetryAfter } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { env, publicBaseUrl } from "@/lib/env";
import { audit } from "@/lib/data/audit";
import type { Tx } from "@/lib/data/or-throw";
import { parseInput, type RawInput } from "@/lib/data/input";
import { attendeeCalendar } from "@/lib/export/ics";
import {
  attendeeConfirmMail,
  attendeeNoticeMail,
  attendeeOutcomeMail,
  attendeeReminderMail,
  attendeeRepeatMail,
  mailLocale,
  type AttendeeOutcome,
  type AttendeeStatus,
} from "@/lib/mail/compose";
import { queueMessage } from "@/lib/mail/outbox";
import type { AttendeeNoticeJob } from "@/lib/mail/queue";
import { DOOR_CODE_ALPHABET, DOOR_CODE_LENGTH, registrationFilterSchema, registrationSchema } from "@/lib/validation/registration";
import type { RegistrationJson } from "@/lib/api/shapes";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

/** The link's token for registration `id`: 43 characters, as every personal link. */
export function registrationToken(id: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`registration:${id}`).digest("base64url");
}

/** The personal page of a registration (absolute); it speaks the language the person registered in. */
const linkOf = (id: string) => `${publicBaseUrl() ?? ""}/registration/${registrationToken(id)}`;

const newCode = () => Array.from({ length: DOOR_CODE_LENGTH }, () => DOOR_CODE_ALPHABET[randomInt(DOOR_CODE_ALPHABET.length)]).join("");

/** What a registration's QR code holds: the city's check-in page with the code (any phone's camera opens it there). */
export const doorUrl = (eventSlug: string, citySlug: string, code: string) =>
  `${publicBaseUrl() ?? ""}/dashboard/events/${encodeURIComponent(eventSlug)}/cities/${encodeURIComponent(citySlug)}/door?code=${code}`;

/** The QR code of a registration's door code, as an SVG for its page. */
export const doorQrSvg = (eventSlug: string, citySlug: string, code: string) =>
  QRCode.toString(doorUrl(eventSlug, citySlug, code), { type: "svg", errorCorrectionLevel: "M", margin: 2 });

/** A typed door code as stored: upper case, spaces and dashes dropped. */
export const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");

type CityForRegistration = {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  status: string;
  venueName: string;
  venueAddress: string;
  venueAddressPublic: boolean;
  venueCapacity: number | null;
  attendeeRegistrationOpen: boolean;
  attendeeRegistrationClosesAt: Date | null;
  attendeeApproval: boolean;
  maxSeatsPerPerson: number;
  translations: unknown;
};
type EventForRegistration = {
  id: string;
  slug: string;
  title: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  version: number;
  translations: unknown;
  anchorTimeZone: string;
  attendeeRegistrationOpen: boolean;
  attendeeRegistrationClosesAt: Date | null;
};

/**
 * An online event's registrations have no venue: they are counted in the event itself, as if it
 * were one (no name, no address, no capacity, one seat each, no approval); `slug` "" marks it.
 */
function onlineVenue(event: EventForRegistration): CityForRegistration {
  return {
    id: event.id,
    slug: "",
    name: "",
    timeZone: event.anchorTimeZone,
    status: "APPROVED",
    venueName: "",
    venueAddress: "",
    venueAddressPublic: true,
    venueCapacity: null,
    attendeeRegistrationOpen: event.attendeeRegistrationOpen,
    attendeeRegistrationClosesAt: event.attendeeRegistrationClosesAt,
    attendeeApproval: false,
    maxSeatsPerPerson: 1,
    translations: {},
  };
}

const isOnline = (venue: CityForRegistration) => venue.slug === "";

/** Where a registration's seats are counted: its city, or its online event. */
const venueOf = (found: { event: EventForRegistration; hostCity: CityForRegistration | null }) => found.hostCity ?? onlineVenue(found.event);

/** Whether the city takes registrations at `now`: open, not past its closing time, the event not begun. */
export function registrationIsOpen(
  city: Pick<CityForRegistration, "attendeeRegistrationOpen" | "attendeeRegistrationClosesAt">,
  event: { startsAt: Date },
  now = new Date(),
) {
  return city.attendeeRegistrationOpen && (!city.attendeeRegistrationClosesAt || now < city.attendeeRegistrationClosesAt) && now < event.startsAt;
}

/** The public's view: a published event and an approved city (or, with no city, the event itself), else 404 (as its page). */
async function publicVenue(eventSlug: string, citySlug: string | null) {
  const event = await db.event.findUnique({ where: { slug: eventSlug } });
  if (!event || event.status !== "PUBLISHED") throw notFound("This event");
  if (citySlug === null) return { event, city: onlineVenue(event) };
  const city = await db.hostCity.findUnique({ where: { eventId_slug: { eventId: event.id, slug: citySlug } } });
  if (!city || city.status !== "APPROVED") throw notFound("This host city");
  return { event, city };
}

type Registration = {
  id: string;
  name: string;
  email: string;
  seats: number;
  locale: string;
  timeZone: string | null;
  status: RegistrationStatus;
  code: string;
  version: number;
};

const STATUS_KEYS: Record<RegistrationStatus, AttendeeStatus> = {
  UNCONFIRMED: "unconfirmed",
  AWAITING_APPROVAL: "awaitingApproval",
  CONFIRMED: "confirmed",
  WAITLISTED: "waitlisted",
  DECLINED: "declined",
  CANCELLED: "cancelled",
};

function messageOf(registration: Registration, event: EventForRegistration, city: CityForRegistration, streams?: { language: string; url: string }[]) {
  // The event's title and the city's name in the attendee's language, where translated.
  const eventTitle = localized({ title: event.title, translations: translationsJson(event.translations) }, registration.locale).title;
  const cityName = localized({ name: city.name, translations: translationsJson(city.translations) }, registration.locale).name;
  return {
    locale: registration.locale,
    recipientName: registration.name,
    eventTitle,
    cityName,
    // A venue's times are the city's; an online event's, the attendee's own zone when known.
    cityTimeZone: isOnline(city) ? (registration.timeZone ?? event.anchorTimeZone) : city.timeZone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    seats: registration.seats,
    link: linkOf(registration.id),
    streams,
  };
}

/** An event's live streams, in its broadcast order (an online registrant's page). */
export const eventStreams = (eventId: string) => streamsOf(db, eventId);

/** An event's live streams, in its broadcast order. */
async function streamsOf(tx: Pick<Tx, "broadcastLanguage">, eventId: string) {
  const languages = await tx.broadcastLanguage.findMany({ where: { eventId, streamUrl: { not: null } }, orderBy: { position: "asc" } });
  return languages.map((l) => ({ language: l.code, url: l.streamUrl! }));
}

/**
 * POST /api/v1/events/{slug}/cities/{citySlug}/registrations, or /api/v1/events/{slug}/registrations
 * for an online event (anyone): always "check your e-mail" for a valid request. 404 for a city
 * the public cannot see, 403 when registration is closed, 400 naming wrong fields, 429 when this
 * network or this address asked too often.
 */
export async function askToRegister(eventSlug: string, citySlug: string | null, raw: RawInput, context: { clientAddress: string }) {
  const { event, city } = await publicVenue(eventSlug, citySlug);
  const input = await parseInput(registrationSchema, raw);
  if (!registrationIsOpen(city, event)) throw new ApiError("forbidden", "Registration for this venue is closed.");
  if (input.seats > city.maxSeatsPerPerson && !isOnline(city)) {
    throw new ApiError("validation_error", "The request is not valid.", [
      { path: "seats", message: `At most ${city.maxSeatsPerPerson} seats per person here.` },
    ]);
  }
  const wait = await registrationRetryAfter(context.clientAddress, input.email);
  if (wait > 0) {
    throw new ApiError("rate_limited", `Too many registrations asked. Try again in ${Math.ceil(wait / 60)} minutes.`, undefined, {
      "Retry-After": String(wait),
    });
  }
  // A robot filled the hidden field: the same answer, and nothing is written or sent.
  if (input.website) return { status: "check_email" as const };
  const locale = mailLocale(input.locale);
  for (let attempt = 0; ; attempt++) {
    try {
      await db.$transaction(async (tx) => {
        const existing = await tx.registration.findUnique({ where: { scope_email: { scope: city.id, email: input.email } } });
        if (existing) {
          await queueMessage(tx, {
            kind: "registration.repeat",
            idempotencyKey: `registration.repeat:${existing.id}:${crypto.randomUUID()}`,
            eventId: event.id,
            to: { email: existing.email, name: existing.name },
            locale: existing.locale,
            content: attendeeRepeatMail({ ...messageOf(existing, event, city), status: STATUS_KEYS[existing.status] }),
          });
          return;
        }
        const id = crypto.randomUUID();
        const registration = await tx.registration.create({
          data: {
            id,
            eventId: event.id,
            hostCityId: isOnline(city) ? null : city.id,
            scope: city.id,
            name: input.name,
            email: input.email,
            // Online: one registration is one person (no seats to count).
            seats: isOnline(city) ? 1 : input.seats,
            locale,
            timeZone: isOnline(city) ? (input.timeZone ?? null) : null,
            tokenHash: tokenHash(registrationToken(id)),
            code: newCode(),
          },
        });
        await queueMessage(tx, {
          kind: "registration.confirm",
          idempotencyKey: `registration.confirm:${registration.id}`,
          eventId: event.id,
          to: { email: registration.email, name: registration.name },
          locale,
          content: attendeeConfirmMail(messageOf(registration, event, city)),
        });
      });
      return { status: "check_email" as const };
    } catch (error) {
      // The same address at the same instant, or a door code already taken: once more.
      if (attempt < 3 && (error as { code?: string }).code === "P2002") continue;
      throw error;
    }
  }
}

/** The registration a personal link opens, with its event and city; null for a link that opens nothing. */
export async function registrationOfToken(token: string) {
  if (!isTokenShaped(token)) return null;
  return db.registration.findUnique({ where: { tokenHash: tokenHash(token) }, include: { event: true, hostCity: true } });
}

/** Locks the venue's row (its city, or its online event) for the rest of `tx`: seats are counted by one transaction at a time. */
async function lockVenue(tx: Tx, venue: CityForRegistration): Promise<CityForRegistration> {
  if (isOnline(venue)) {
    await tx.$queryRaw`select id from "Event" where id = ${venue.id}::uuid for update`;
    return onlineVenue(await tx.event.findUniqueOrThrow({ where: { id: venue.id } }));
  }
  await tx.$queryRaw`select id from "HostCity" where id = ${venue.id}::uuid for update`;
  return tx.hostCity.findUniqueOrThrow({ where: { id: venue.id } });
}

/** Seats given in `scope` (confirmed registrations). */
async function seatsTaken(tx: Tx, scope: string): Promise<number> {
  const { _sum } = await tx.registration.aggregate({ where: { scope, status: "CONFIRMED" }, _sum: { seats: true } });
  return _sum.seats ?? 0;
}

/** Seats still free at a venue (Infinity when it has no capacity set). */
async function seatsLeft(tx: Tx, city: { id: string; venueCapacity: number | null }) {
  return city.venueCapacity === null ? Number.POSITIVE_INFINITY : city.venueCapacity - (await seatsTaken(tx, city.id));
}

/** Moves a registration to `status` (compare-and-set on its version) and tells its owner what it means. */
async function decide(
  tx: Tx,
  registration: Registration,
  status: RegistrationStatus,
  outcome: AttendeeOutcome,
  context: { event: EventForRegistration; city: CityForRegistration; actorId: string | null; queued?: boolean },
) {
  const { count } = await tx.registration.updateMany({
    where: { id: registration.id, version: registration.version },
    data: {
      status,
      version: { increment: 1 },
      ...(context.queued ? { queuedAt: new Date() } : {}),
      ...(registration.status === "UNCONFIRMED" ? { confirmedEmailAt: new Date() } : {}),
    },
  });
  if (count === 0) throw new ApiError("stale_version", "This registration has just changed. Reload the page.");
  await audit(tx, {
    actorId: context.actorId,
    action: `registration.${outcome}`,
    entityType: "Registration",
    entityId: registration.id,
    eventId: context.event.id,
    before: { status: registration.status, seats: registration.seats },
    after: { status, seats: registration.seats },
  });
  await tellOutcome(tx, { ...registration, status, version: registration.version + 1 }, outcome, context.event, context.city);
}

/** A seat as a calendar file: one UID per registration; SEQUENCE grows with it and with the event. */
function seatCalendar(registration: Registration, event: EventForRegistration & { version: number }, city: CityForRegistration) {
  return attendeeCalendar({
    uid: `registration-${registration.id}@simulconf`,
    sequence: registration.version + event.version,
    summary: isOnline(city) ? event.title : `${event.title} (${city.name})`,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    location: isOnline(city) ? "Online" : [city.venueName, city.venueAddress, city.name].filter(Boolean).join(", "),
    url: linkOf(registration.id),
    stamp: new Date(),
  });
}

async function tellOutcome(tx: Tx, registration: Registration, outcome: AttendeeOutcome, event: EventForRegistration, city: CityForRegistration) {
  const seated = outcome === "confirmed" || outcome === "promoted";
  const message = messageOf(registration, event, city, isOnline(city) && seated ? await streamsOf(tx, event.id) : undefined);
  const files: { filename: string; contentType: string; base64: string; cid?: string }[] = [];
  if (seated && !isOnline(city)) {
    const png = await QRCode.toBuffer(doorUrl(event.slug, city.slug, registration.code), { type: "png", errorCorrectionLevel: "M", margin: 2, width: 440 });
    files.push({ filename: "door-code.png", contentType: "image/png", base64: png.toString("base64"), cid: "door-code" });
    files.push({
      filename: "event.ics",
      contentType: "text/calendar; charset=utf-8",
      base64: Buffer.from(seatCalendar(registration, event, city)).toString("base64"),
    });
  } else if (seated) {
    files.push({
      filename: "event.ics",
      contentType: "text/calendar; charset=utf-8",
      base64: Buffer.from(seatCalendar(registration, event, city)).toString("base64"),
    });
  }
  await queueMessage(tx, {
    kind: "registration.outcome",
    idempotencyKey: `registration.${outcome}:${registration.id}:${registration.version}`,
    eventId: event.id,
    to: { email: registration.email, name: registration.name },
    locale: registration.locale,
    content: attendeeOutcomeMail({
      ...message,
      outcome,
      venue: { name: city.venueName, address: city.venueAddress, private: !city.venueAddressPublic },
      code: registration.code,
      qrCid: "door-code",
    }),
    files,
  });
}

/** Seats for `registration` if they fit in what is left, else the waiting list (whole). */
async function seatOrWait(tx: Tx, registration: Registration, context: { event: EventForRegistration; city: CityForRegistration; actorId: string | null }) {
  if (registration.seats <= (await seatsLeft(tx, context.city))) return decide(tx, registration, "CONFIRMED", "confirmed", context);
  return decide(tx, registration, "WAITLISTED", "waitlisted", { ...context, queued: true });
}

/**
 * The button behind the mailed link: the person confirms their address, and the registration is
 * decided (approval, seat or waiting list). Pressing it again changes nothing.
 */
export async function confirmRegistration(token: string) {
  const found = await registrationOfToken(token);
  if (!found) throw notFound("This registration");
  const venue = venueOf(found);
  if (found.status !== "UNCONFIRMED") return found.status;
  if (!registrationIsOpen(venue, found.event) || venue.status !== "APPROVED" || found.event.status !== "PUBLISHED") {
    throw new ApiError("forbidden", "Registration for this venue is closed.");
  }
  return db.$transaction(async (tx) => {
    const city = await lockVenue(tx, venueOf(found));
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: found.id } });
    if (registration.status !== "UNCONFIRMED") return registration.status;
    const context = { event: found.event, city, actorId: null };
    if (city.attendeeApproval) {
      await decide(tx, registration, "AWAITING_APPROVAL", "awaiting", { ...context, queued: true });
      return "AWAITING_APPROVAL" as const;
    }
    await seatOrWait(tx, registration, context);
    return (await tx.registration.findUniqueOrThrow({ where: { id: registration.id } })).status;
  });
}

/** The waiting list, in order: each request that fits in what is left gets its seats (and is told); others wait. */
export async function promoteWaitlist(
  tx: Tx,
  event: EventForRegistration,
  city: CityForRegistration & { venueCapacity: number | null },
  actorId: string | null,
) {
  let left = await seatsLeft(tx, city);
  if (left <= 0) return;
  const waiting = await tx.registration.findMany({ where: { scope: city.id, status: "WAITLISTED" }, orderBy: [{ queuedAt: "asc" }, { createdAt: "asc" }] });
  for (const registration of waiting) {
    if (registration.seats > left) continue;
    await decide(tx, registration, "CONFIRMED", "promoted", { event, city, actorId });
    left -= registration.seats;
    if (left <= 0) return;
  }
}

/** A city's seats changed (its capacity raised or lifted): in `tx`, the waiting list gets what now fits. */
export async function promoteWaitlistOf(tx: Tx, cityId: string) {
  const { event, ...row } = await tx.hostCity.findUniqueOrThrow({ where: { id: cityId }, include: { event: true } });
  await promoteWaitlist(tx, event, await lockVenue(tx, row), null);
}

/** The person cancels through their link: seats freed go to the waiting list. */
export async function cancelRegistration(token: string) {
  const found = await registrationOfToken(token);
  if (!found) throw notFound("This registration");
  if (found.status === "CANCELLED" || found.status === "DECLINED") return;
  await db.$transaction(async (tx) => {
    const city = await lockVenue(tx, venueOf(found));
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: found.id } });
    if (registration.status === "CANCELLED" || registration.status === "DECLINED") return;
    await decide(tx, registration, "CANCELLED", "cancelled", { event: found.event, city, actorId: null });
    if (registration.status === "CONFIRMED") await promoteWaitlist(tx, found.event, city, null);
  });
}

const registrationJson = (r: Registration & { createdAt: Date; checkedInAt: Date | null }): RegistrationJson => ({
  id: r.id,
  name: r.name,
  email: r.email,
  seats: r.seats,
  status: r.status.toLowerCase() as RegistrationJson["status"],
  code: r.code,
  createdAt: toUtcIso(r.createdAt),
  checkedInAt: r.checkedInAt ? toUtcIso(r.checkedInAt) : null,
  version: r.version,
});

/** For pages: the city's name and zone, or the 404 or 403 an API call would answer when `user` may not `permission` its registrations. */
export async function registrationCity(user: SessionUser, eventSlug: string, citySlug: string, permission: "read" | "checkIn") {
  const { city } = await cityFor(user, eventSlug, citySlug, permission);
  // Whether they also read the whole list (an organizer or coordinator, not only the door).
  const reads = await requireCityAccess(user, city.id, { any: "registration.read.any", own: "registration.read.own" }).then(
    () => true,
    () => false,
  );
  return { name: city.name, timeZone: city.timeZone, reads };
}

/** The event and city an organizer's request names, after checking they may `permission` there. */
async function cityFor(user: SessionUser, eventSlug: string, citySlug: string | null, permission: "read" | "decide" | "checkIn") {
  const event = await db.event.findUnique({ where: { slug: eventSlug } });
  if (!event) throw notFound("This event");
  if (citySlug === null) {
    // An online event's registrations: its coordinators'.
    if (!can(user.role, `registration.${permission}.any`)) throw forbidden("Only coordinators see an event's own registrations.");
    return { event, city: onlineVenue(event) };
  }
  const city = await db.hostCity.findUnique({ where: { eventId_slug: { eventId: event.id, slug: citySlug } } });
  if (!city) throw notFound("This host city");
  await requireCityAccess(user, city.id, { any: `registration.${permission}.any`, own: `registration.${permission}.own` });
  return { event, city };
}

/**
 * GET …/cities/{citySlug}/registrations (the city's organizers, coordinators): the city's
 * registrations, first asked first, with the seats counted; `q` searches names, addresses and
 * door codes, `status` keeps one status.
 */
export async function listRegistrations(user: SessionUser, eventSlug: string, citySlug: string | null, filter: z.infer<typeof registrationFilterSchema> = {}) {
  // The city's organizers and coordinators read everything; its door volunteers, what the door
  // needs (names, seats, codes, statuses: never addresses).
  let door = false;
  const { city } = await cityFor(user, eventSlug, citySlug, "read").catch(async (error: unknown) => {
    if (!(error instanceof ApiError) || error.code !== "forbidden") throw error;
    door = true;
    return cityFor(user, eventSlug, citySlug, "checkIn");
  });
  const q = filter.q?.trim();
  const rows = await db.registration.findMany({
    where: {
      scope: city.id,
      ...(filter.status ? { status: filter.status.toUpperCase() as RegistrationStatus } : {}),
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: "insensitive" as const } },
              ...(door ? [] : [{ email: { contains: q.toLowerCase() } }]),
              { code: normalizeCode(q) },
            ],
          }
        : {}),
    },
    orderBy: { createdAt: "asc" },
  });
  const counts = await db.registration.groupBy({ by: ["status"], where: { scope: city.id }, _sum: { seats: true } });
  const seats = (status: RegistrationStatus) => counts.find((c) => c.status === status)?._sum.seats ?? 0;
  return {
    capacity: city.venueCapacity,
    confirmedSeats: seats("CONFIRMED"),
    waitlistedSeats: seats("WAITLISTED"),
    awaitingSeats: seats("AWAITING_APPROVAL"),
    registrations: rows.map((row) => ({ ...registrationJson(row), ...(door ? { email: "" } : {}) })),
  };
}

/**
 * POST …/registrations/{id}/approve | decline (the city's organizers, coordinators), for a
 * registration awaiting approval: approved, it gets its seats if they fit, else waits in line
 * (as of when it was asked); declined, it is told so.
 */
export async function decideRegistration(user: SessionUser, eventSlug: string, citySlug: string, id: string, decision: "approve" | "decline") {
  const { event, city } = await cityFor(user, eventSlug, citySlug, "decide");
  if (!isUuid(id)) throw notFound("This registration");
  return db.$transaction(async (tx) => {
    const locked = await lockVenue(tx, city);
    const registration = await tx.registration.findFirst({ where: { id, scope: city.id } });
    if (!registration) throw notFound("This registration");
    if (registration.status !== "AWAITING_APPROVAL") {
      throw new ApiError("stale_version", `This registration is ${registration.status.toLowerCase().replace("_", " ")}, not awaiting approval.`);
    }
    const context = { event, city: locked, actorId: user.id };
    if (decision === "decline") await decide(tx, registration, "DECLINED", "declined", context);
    else if (registration.seats <= (await seatsLeft(tx, locked))) await decide(tx, registration, "CONFIRMED", "confirmed", context);
    // Waits in line as of when it was asked (its queuedAt is kept).
    else await decide(tx, registration, "WAITLISTED", "waitlisted", context);
    return registrationJson(await tx.registration.findUniqueOrThrow({ where: { id } }));
  });
}

/** The person changes how many seats they ask for: fewer frees seats for the waiting list; more only while they fit. */
export async function changeSeats(token: string, seats: number) {
  const found = await registrationOfToken(token);
  if (!found) throw notFound("This registration");
  const max = venueOf(found).maxSeatsPerPerson;
  if (!Number.isInteger(seats) || seats < 1 || seats > max) {
    throw new ApiError("validation_error", "The request is not valid.", [{ path: "seats", message: `Choose 1 to ${max} seats.` }]);
  }
  await db.$transaction(async (tx) => {
    const city = await lockVenue(tx, venueOf(found));
    const registration = await tx.registration.findUniqueOrThrow({ where: { id: found.id } });
    if (registration.status === "CANCELLED" || registration.status === "DECLINED") throw new ApiError("stale_version", "This registration no longer stands.");
    if (seats === registration.seats) return;
    if (registration.status === "CONFIRMED" && seats > registration.seats) {
      const left = await seatsLeft(tx, city);
      if (seats - registration.seats > left) {
        throw new ApiError("validation_error", "The request is not valid.", [{ path: "seats", message: `Only ${Math.max(left, 0)} more seats are left.` }]);
      }
    }
    await tx.registration.update({ where: { id: registration.id }, data: { seats, version: { increment: 1 } } });
    await audit(tx, {
      actorId: null,
      action: "registration.seats",
      entityType: "Registration",
      entityId: registration.id,
      eventId: found.event.id,
      before: { seats: registration.seats },
      after: { seats },
    });
    if (registration.status === "CONFIRMED" && seats < registration.seats) await promoteWaitlist(tx, found.event, city, null);
  });
}

/**
 * The person deletes their registration: its seats are freed (the waiting list promoted), and
 * the registration and the messages sent about it are gone (the audit keeps no name or address).
 */
export async function deleteRegistration(token: string) {
  const found = await registrationOfToken(token);
  if (!found) throw notFound("This registration");
  await db.$transaction(async (tx) => {
    const city = await lockVenue(tx, venueOf(found));
    const registration = await tx.registration.findUnique({ where: { id: found.id } });
    if (!registration) return;
    await tx.registration.delete({ where: { id: registration.id } });
    await tx.message.deleteMany({ where: { eventId: found.eventId, toEmail: registration.email, kind: { startsWith: "registration." } } });
    await audit(tx, { actorId: null, action: "registration.delete", entityType: "Registration", entityId: registration.id, eventId: found.eventId });
    if (registration.status === "CONFIRMED") await promoteWaitlist(tx, found.event, city, null);
  });
}

/**
 * POST …/registrations/{id}/check-in (the city's organizers, coordinators): the attendee is at
 * the door. Only a confirmed registration is checked in; checking in again changes nothing and
 * says when it was first done (a phone that lost the network may send its check-ins twice).
 */
export async function checkIn(user: SessionUser, eventSlug: string, citySlug: string, id: string) {
  const { event, city } = await cityFor(user, eventSlug, citySlug, "checkIn");
  if (!isUuid(id)) throw notFound("This registration");
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`select id from "Registration" where id = ${id}::uuid and scope = ${city.id}::uuid for update`;
    if (!row) throw notFound("This registration");
    const registration = await tx.registration.findUniqueOrThrow({ where: { id } });
    if (registration.status !== "CONFIRMED") {
      throw new ApiError("stale_version", `This registration is ${registration.status.toLowerCase().replace("_", " ")}, not confirmed: no seat to check in.`);
    }
    if (registration.checkedInAt) return { alreadyCheckedIn: true, registration: registrationJson(registration) };
    const after = await tx.registration.update({
      where: { id },
      data: { checkedInAt: new Date(), checkedInById: user.id, version: { increment: 1 } },
    });
    await audit(tx, { actorId: user.id, action: "registration.checkIn", entityType: "Registration", entityId: id, eventId: event.id });
    return { alreadyCheckedIn: false, registration: registrationJson(after) };
  });
}

/** The city's registrations as CSV rows for its organizers (a header, then one row per registration, first asked first). */
export async function registrationsCsvRows(user: SessionUser, eventSlug: string, citySlug: string | null) {
  const { city } = await cityFor(user, eventSlug, citySlug, "read");
  const rows = await db.registration.findMany({ where: { scope: city.id }, orderBy: { createdAt: "asc" } });
  return {
    city: city.slug,
    rows: [
      ["name", "email", "seats", "status", "code", "registered_at", "checked_in_at"],
      ...rows.map((r) => [
        r.name,
        r.email,
        String(r.seats),
        r.status.toLowerCase(),
        r.code,
        toUtcIso(r.createdAt),
        r.checkedInAt ? toUtcIso(r.checkedInAt) : "",
      ]),
    ],
  };
}

/**
 * The coordinators' attendance board of an event: per approved city, the seats confirmed against
 * the venue's capacity, waiting, awaiting approval, and checked in (seats of the registrations
 * checked in at the door), in one query.
 */
export async function attendanceBoard(user: SessionUser, eventSlug: string) {
  if (!can(user.role, "registration.read.any")) throw forbidden("Only coordinators see every city's attendance.");
  const event = await db.event.findUnique({ where: { slug: eventSlug } });
  if (!event) throw notFound("This event");
  const rows = await db.$queryRaw<
    {
      slug: string;
      name: string;
      timeZone: string;
      capacity: number | null;
      open: boolean;
      confirmed: number;
      waitlisted: number;
      awaiting: number;
      checkedIn: number;
    }[]
  >`
    select c.slug, c.name, c."timeZone", c."venueCapacity" as capacity, c."attendeeRegistrationOpen" as open,
           coalesce(sum(r.seats) filter (where r.status = 'CONFIRMED'), 0)::int as confirmed,
           coalesce(sum(r.seats) filter (where r.status = 'WAITLISTED'), 0)::int as waitlisted,
           coalesce(sum(r.seats) filter (where r.status = 'AWAITING_APPROVAL'), 0)::int as awaiting,
           coalesce(sum(r.seats) filter (where r.status = 'CONFIRMED' and r."checkedInAt" is not null), 0)::int as "checkedIn"
    from "HostCity" c left join "Registration" r on r.scope = c.id
    where c."eventId" = ${event.id}::uuid and c.status = 'APPROVED'
    group by c.id order by c.name`;
  // Registrations for the event itself (an online event): people, one seat each.
  const online = await db.registration.count({ where: { scope: event.id, status: "CONFIRMED" } });
  return {
    event: { slug: event.slug, title: event.title, startsAt: event.startsAt },
    cities: rows,
    online: event.attendeeRegistrationOpen || online > 0 ? online : null,
  };
}

/** The statuses a change of the event concerns: people holding, waiting for or asking for seats. */
const CONCERNED: RegistrationStatus[] = ["CONFIRMED", "WAITLISTED", "AWAITING_APPROVAL"];

/**
 * The worker's side of queueAttendeeNotice: each concerned attendee gets one message in their
 * language (a time change with the new times in their city's zone and an updated calendar file),
 * written in chunks; a retry after a crash writes only what is missing (one idempotency key per
 * attendee and change).
 */
export async function tellAttendees(job: AttendeeNoticeJob) {
  const event = await db.event.findUnique({ where: { id: job.eventId } });
  if (!event) return;
  const registrations = await db.registration.findMany({
    where: { eventId: event.id, status: { in: CONCERNED }, ...(job.hostCityId ? { hostCityId: job.hostCityId } : {}) },
    include: { hostCity: true },
    orderBy: { createdAt: "asc" },
  });
  for (let start = 0; start < registrations.length; start += 100) {
    await db.$transaction(async (tx) => {
      for (const registration of registrations.slice(start, start + 100)) {
        const city = registration.hostCity ?? onlineVenue(event);
        const message = messageOf(registration, event, city);
        const files =
          job.notice === "timeChanged"
            ? [
                {
                  filename: "event.ics",
                  contentType: "text/calendar; charset=utf-8",
                  base64: Buffer.from(seatCalendar(registration, event, city)).toString("base64"),
                },
              ]
            : [];
        await queueMessage(tx, {
          kind: "registration.notice",
          idempotencyKey: `registration.${job.notice}:${registration.id}:${job.key}`,
          eventId: event.id,
          to: { email: registration.email, name: registration.name },
          locale: registration.locale,
          content: attendeeNoticeMail({ ...message, notice: job.notice, before: job.before }),
          files,
        });
      }
    });
  }
}

/** The mark of a forgotten registration's address (unique per registration; never deliverable). */
const FORGOTTEN_DOMAIN = "forgotten.invalid";

/**
 * The daily retention sweep: REGISTRATION_RETENTION_DAYS after an event ends, its attendees'
 * names and addresses are forgotten (the registrations stay as anonymous counts: seats, status,
 * check-in) with their personal links, and the messages sent to them are deleted. The audit log
 * never held their names or addresses.
 */
export async function forgetPastRegistrations(now: Date) {
  const before = new Date(+now - env().REGISTRATION_RETENTION_DAYS * 24 * 3600_000);
  await db.$transaction(async (tx) => {
    const events = await tx.event.findMany({ where: { endsAt: { lt: before } }, select: { id: true } });
    if (events.length === 0) return;
    const ids = events.map((e) => e.id);
    await tx.message.deleteMany({ where: { eventId: { in: ids }, kind: { startsWith: "registration." } } });
    await tx.$executeRaw`
      update "Registration" set name = '', email = 'r-' || id || ${`@${FORGOTTEN_DOMAIN}`}, "tokenHash" = 'forgotten-' || id, version = version + 1
      where "eventId" = any(${ids}::uuid[]) and email not like ${`%@${FORGOTTEN_DOMAIN}`}`;
  });
}

/** How long before an online event its registrants are reminded (with the stream links). */
const ONLINE_REMINDER_HOURS = 24;

/**
 * The reminder sweep's part for online events (every 5 minutes, and the tests' clock hook): each
 * confirmed registrant of a published online event starting within ONLINE_REMINDER_HOURS is
 * reminded once, in their language and zone, with the streams.
 */
export async function sendAttendeeReminders(now: Date) {
  const due = await db.registration.findMany({
    where: {
      hostCityId: null,
      status: "CONFIRMED",
      event: { status: "PUBLISHED", startsAt: { gt: now, lte: new Date(+now + ONLINE_REMINDER_HOURS * 3600_000) } },
    },
    include: { event: true },
  });
  for (let start = 0; start < due.length; start += 100) {
    await db.$transaction(async (tx) => {
      const streams = new Map<string, { language: string; url: string }[]>();
      for (const registration of due.slice(start, start + 100)) {
        const { event } = registration;
        if (!streams.has(event.id)) streams.set(event.id, await streamsOf(tx, event.id));
        await queueMessage(tx, {
          kind: "registration.reminder",
          idempotencyKey: `registration.reminder:${registration.id}`,
          eventId: event.id,
          to: { email: registration.email, name: registration.name },
          locale: registration.locale,
          content: attendeeReminderMail(messageOf(registration, event, onlineVenue(event), streams.get(event.id))),
        });
      }
    });
  }
}
