/**
 * Host city commands: register, edit, approve, reject, withdraw. Each checks visibility
 * (404), then the role and ownership (403), then the input (400), then the state and the
 * version (409), in the contract's order (docs/contract.md); each writes its change and an audit entry in one
 * transaction, so nothing is half-written.
 */
import "server-only";
import { translationsAfter } from "@/lib/data/translated";
import { translationsJson } from "@/lib/translations";
import { rethrowUnique, staleVersion } from "@/lib/data/or-throw";
import { eventWithLanguages } from "@/lib/data/dashboard";
import { ApiError, forbidden, notFound } from "@/lib/api/errors";
import { can } from "@/lib/auth/permissions";
import { requireCityAccess, type SessionUser } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HostCityStatus } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/data/audit";
import { changedFields, isEmpty } from "@/lib/data/changes";
import { cityJson, eventWithCities } from "@/lib/data/event-json";
import { revalidateEvent } from "@/lib/data/events";
import { noteRegistration, notifyCityDecision } from "@/lib/data/notifications";
import { queueAttendeeNotice } from "@/lib/mail/queue";
import { promoteWaitlistOf } from "@/lib/data/registrations";
import { registerCitySchema, rejectCitySchema, slugFromName, updateCitySchema } from "@/lib/validation/city";
import { parseInput, type RawInput } from "@/lib/data/input";
export type { CityDetailJson } from "@/lib/api/shapes";
import type { CityDetailJson } from "@/lib/api/shapes";

const cityInclude = eventWithCities.cities.include;

async function cityOf(eventId: string, citySlug: string) {
  const city = await db.hostCity.findUnique({ where: { eventId_slug: { eventId, slug: citySlug } }, select: { id: true } });
  if (!city) throw notFound("This host city");
  return city;
}

async function detail(cityId: string): Promise<CityDetailJson> {
  const city = await db.hostCity.findUniqueOrThrow({
    where: { id: cityId },
    include: {
      ...cityInclude,
      event: { select: { slug: true, title: true, startsAt: true, endsAt: true } },
      organizers: { select: { role: true, user: { select: { name: true, email: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const json = cityJson(city, city.event);
  return {
    id: city.id,
    ...json,
    // Its organizers and coordinators always read the address, private or not.
    venue: { ...json.venue, address: city.venueAddress },
    event: { slug: city.event.slug, title: city.event.title },
    contact: { name: city.contactName, email: city.contactEmail, phone: city.contactPhone },
    rejectionReason: city.rejectionReason,
    organizers: city.organizers.filter((o) => o.role === "ORGANIZER").map((o) => o.user),
    doorVolunteers: city.organizers.filter((o) => o.role === "DOOR").map((o) => o.user),
  };
}

/** A snapshot of the editable fields, for audit entries. */
function snapshot(city: Prisma.HostCityGetPayload<{ include: typeof cityInclude }>) {
  return {
    name: city.name,
    countryCode: city.countryCode,
    timeZone: city.timeZone,
    status: city.status,
    venue: {
      name: city.venueName,
      address: city.venueAddress,
      addressPublic: city.venueAddressPublic,
      capacity: city.venueCapacity,
      accessibility: city.venueAccessibility,
    },
    attendeeRegistration: {
      open: city.attendeeRegistrationOpen,
      closesAt: city.attendeeRegistrationClosesAt?.toISOString() ?? null,
      approval: city.attendeeApproval,
      maxSeatsPerPerson: city.maxSeatsPerPerson,
    },
    contact: { name: city.contactName, email: city.contactEmail, phone: city.contactPhone },
    languages: city.languages.map((l) => l.broadcastLanguage.code).sort(),
    translations: translationsJson(city.translations),
    rejectionReason: city.rejectionReason,
    version: city.version,
  };
}

function languageIds(event: { languages: { id: string; code: string }[] }, codes: string[] | undefined) {
  if (!codes) return event.languages.map((l) => l.id);
  const unknown = codes.filter((code) => !event.languages.some((l) => l.code === code));
  if (unknown.length) {
    throw new ApiError("validation_error", "The request is not valid.", [
      {
        path: "languages",
        message: `Not a broadcast language of this event: ${unknown.join(", ")}. Choose from ${event.languages.map((l) => l.code).join(", ")}.`,
      },
    ]);
  }
  return event.languages.filter((l) => codes.includes(l.code)).map((l) => l.id);
}

/** POST /api/v1/events/{slug}/cities: a signed-in organizer registers a venue; it starts pending. */
export async function registerCity(user: SessionUser, eventSlug: string, raw: RawInput) {
  const event = await eventWithLanguages(user, eventSlug);
  if (!can(user.role, "city.register")) throw forbidden();
  if (event.status !== "PUBLISHED" || !event.registrationOpen) {
    throw forbidden("Registration of host cities is closed for this event.");
  }
  const input = await parseInput(registerCitySchema, raw);
  const slug = input.slug ?? slugFromName(input.name);
  if (!slug) {
    throw new ApiError("validation_error", "The request is not valid.", [{ path: "slug", message: "Give the city a slug of latin letters and digits." }]);
  }
  const ids = languageIds(event, input.languages);
  try {
    const city = await db.$transaction(async (tx) => {
      const created = await tx.hostCity.create({
        data: {
          eventId: event.id,
          slug,
          name: input.name,
          countryCode: input.countryCode,
          timeZone: input.timeZone,
          venueName: input.venue.name,
          venueAddress: input.venue.address,
          venueCapacity: input.venue.capacity,
          venueAccessibility: input.venue.accessibility,
          contactName: input.contact?.name ?? "",
          contactEmail: input.contact?.email ?? "",
          contactPhone: input.contact?.phone ?? "",
          organizers: { create: { userId: user.id } },
          languages: { create: ids.map((broadcastLanguageId) => ({ broadcastLanguageId })) },
        },
        include: cityInclude,
      });
      await audit(tx, {
        actorId: user.id,
        action: "host_city.register",
        entityType: "HostCity",
        entityId: created.id,
        eventId: event.id,
        after: snapshot(created),
      });
      await noteRegistration(tx, event.id);
      return created;
    });
    return detail(city.id);
  } catch (error) {
    rethrowUnique(
      error,
      () =>
        new ApiError("slug_taken", `"${slug}" is already a host city of this event. Choose another slug.`, [
          { path: "slug", message: "Already taken in this event." },
        ]),
    );
  }
}

/** Throws the 404 or 403 a change to the city would answer when `user` may not change it (forms check this before their own fields). */
export async function assertCityAccess(user: SessionUser, eventSlug: string, citySlug: string) {
  const event = await eventWithLanguages(user, eventSlug);
  const { id } = await cityOf(event.id, citySlug);
  await requireCityAccess(user, id, { any: "city.update.any", own: "city.update.own" });
}

/** GET one city with its private details (its organizers and coordinators only). */
export async function getCityDetail(user: SessionUser, eventSlug: string, citySlug: string) {
  const event = await eventWithLanguages(user, eventSlug);
  const city = await cityOf(event.id, citySlug);
  await requireCityAccess(user, city.id, { any: "city.readPrivate.any", own: "city.readPrivate.own" });
  return detail(city.id);
}

/** PATCH /api/v1/events/{slug}/cities/{citySlug}: change city or venue fields. */
export async function updateCity(user: SessionUser, eventSlug: string, citySlug: string, raw: RawInput) {
  const event = await eventWithLanguages(user, eventSlug);
  const { id } = await cityOf(event.id, citySlug);
  await requireCityAccess(user, id, { any: "city.update.any", own: "city.update.own" });
  const input = await parseInput(updateCitySchema, raw);
  const ids = input.languages ? languageIds(event, input.languages) : undefined;

  const updated = await db.$transaction(async (tx) => {
    const before = await tx.hostCity.findUniqueOrThrow({ where: { id }, include: cityInclude });
    if (input.version !== undefined && input.version !== before.version) throw staleVersion("this city", before.version);
    const changes = changedFields(before, {
      name: input.name,
      countryCode: input.countryCode,
      timeZone: input.timeZone,
      venueName: input.venue?.name,
      venueAddress: input.venue?.address,
      venueCapacity: input.venue?.capacity,
      venueAccessibility: input.venue?.accessibility,
      venueAddressPublic: input.venue?.addressPublic,
      attendeeRegistrationOpen: input.attendeeRegistration?.open,
      attendeeRegistrationClosesAt:
        input.attendeeRegistration?.closesAt === undefined ? undefined : input.attendeeRegistration.closesAt && new Date(input.attendeeRegistration.closesAt),
      attendeeApproval: input.attendeeRegistration?.approval,
      maxSeatsPerPerson: input.attendeeRegistration?.maxSeatsPerPerson,
      contactName: input.contact?.name,
      contactEmail: input.contact?.email,
      contactPhone: input.contact?.phone,
    });
    const translations = translationsAfter(
      before.translations,
      input.translations,
      { name: changes.name ?? before.name, "venue.accessibility": changes.venueAccessibility ?? before.venueAccessibility },
      event.languages.map((l) => l.code),
    );
    const currentIds = before.languages.map((l) => l.broadcastLanguageId).sort();
    const languagesChange = ids !== undefined && [...ids].sort().join() !== currentIds.join();
    if (isEmpty(changes) && !languagesChange && translations === undefined) return before; // nothing to change: no new version, no audit entry
    // Compare-and-set on the version: a concurrent save that got here first wins, this one is refused.
    const { count } = await tx.hostCity.updateMany({ where: { id, version: before.version }, data: { ...changes, translations, version: { increment: 1 } } });
    if (count === 0) throw staleVersion("this city", before.version + 1);
    // More seats (or no limit any more): the waiting list gets what now fits, and is told.
    if (
      changes.venueCapacity !== undefined &&
      (changes.venueCapacity === null || before.venueCapacity === null || changes.venueCapacity > before.venueCapacity)
    ) {
      await promoteWaitlistOf(tx, id);
    }
    if (ids && languagesChange) {
      await tx.hostCityLanguage.deleteMany({ where: { hostCityId: id } });
      await tx.hostCityLanguage.createMany({ data: ids.map((broadcastLanguageId) => ({ hostCityId: id, broadcastLanguageId })) });
    }
    const after = await tx.hostCity.findUniqueOrThrow({ where: { id }, include: cityInclude });
    await audit(tx, {
      actorId: user.id,
      action: "host_city.update",
      entityType: "HostCity",
      entityId: id,
      eventId: event.id,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
  if (updated.status === "APPROVED") revalidateEvent(event.slug);
  return detail(id);
}

type Transition = { action: "approve" | "reject" | "withdraw"; from: HostCityStatus[]; to: HostCityStatus };
const TRANSITIONS: Record<Transition["action"], Transition> = {
  approve: { action: "approve", from: ["PENDING", "REJECTED"], to: "APPROVED" },
  reject: { action: "reject", from: ["PENDING", "APPROVED"], to: "REJECTED" },
  withdraw: { action: "withdraw", from: ["PENDING", "APPROVED"], to: "WITHDRAWN" },
};

/** approve / reject (coordinators) and withdraw (the city's organizers). */
export async function changeCityStatus(user: SessionUser, eventSlug: string, citySlug: string, action: Transition["action"], raw?: RawInput) {
  const event = await eventWithLanguages(user, eventSlug);
  const { id } = await cityOf(event.id, citySlug);
  if (action === "withdraw") {
    await requireCityAccess(user, id, { own: "city.withdraw.own" });
  } else if (!can(user.role, "city.review")) {
    throw forbidden();
  }
  const reason = raw ? (await parseInput(rejectCitySchema, raw)).reason : null;
  const transition = TRANSITIONS[action];

  await db.$transaction(async (tx) => {
    const before = await tx.hostCity.findUniqueOrThrow({ where: { id }, include: cityInclude });
    if (!transition.from.includes(before.status)) {
      throw new ApiError(
        "stale_version",
        `This city is ${before.status.toLowerCase()}; it cannot be ${action === "withdraw" ? "withdrawn" : `${action}d`} now. Reload the page.`,
      );
    }
    const { count } = await tx.hostCity.updateMany({
      where: { id, version: before.version },
      data: {
        status: transition.to,
        rejectionReason: action === "reject" ? reason : null,
        reviewedById: action === "withdraw" ? undefined : user.id,
        reviewedAt: action === "withdraw" ? undefined : new Date(),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw staleVersion("this city", before.version + 1);
    const after = await tx.hostCity.findUniqueOrThrow({ where: { id }, include: cityInclude });
    await audit(tx, {
      actorId: user.id,
      action: `host_city.${action}`,
      entityType: "HostCity",
      entityId: id,
      eventId: event.id,
      before: snapshot(before),
      after: snapshot(after),
    });
    // The organizers are told, with the change: an approval that rolls back sends nothing.
    if (action !== "withdraw") await notifyCityDecision(tx, event, after, action === "approve" ? "approved" : "rejected", reason);
    // A city that stops hosting tells the attendees registered there.
    if (before.status === "APPROVED" && after.status !== "APPROVED") {
      await queueAttendeeNotice(tx, { eventId: event.id, hostCityId: id, notice: "cityWithdrawn", key: String(after.version) });
    }
  });
  revalidateEvent(event.slug);
  return detail(id);
}
