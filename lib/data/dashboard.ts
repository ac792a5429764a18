/**
 * What each role sees on the dashboard pages. Each read takes the signed-in user and decides
 * itself what they may see (403 without the permission, 404 for an event they may not see),
 * so a page cannot show more than its guard allows by forgetting a check.
 */
import "server-only";
import { forbidden } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { can, type Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { visibleOrThrow } from "@/lib/data/or-throw";
import { isUuid } from "@/lib/ids";

function allow(user: SessionUser, permission: Permission) {
  if (!can(user.role, permission)) throw forbidden();
}

/** Every event with its city counts by status (coordinators). */
export async function coordinatorEvents(user: SessionUser) {
  allow(user, "event.update");
  const [events, counts] = await Promise.all([
    db.event.findMany({
      orderBy: { startsAt: "desc" },
      select: { id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, anchorTimeZone: true, attendanceMode: true },
    }),
    db.hostCity.groupBy({ by: ["eventId", "status"], _count: { _all: true } }),
  ]);
  return events.map((event) => {
    const of = (status: string) => counts.find((c) => c.eventId === event.id && c.status === status)?._count._all ?? 0;
    return { ...event, approved: of("APPROVED"), pending: of("PENDING") };
  });
}

/** Registrations waiting for a decision, oldest first (coordinators). */
export async function pendingRegistrations(user: SessionUser) {
  allow(user, "city.review");
  return db.hostCity.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      countryCode: true,
      timeZone: true,
      venueName: true,
      venueCapacity: true,
      createdAt: true,
      event: { select: { slug: true, title: true, startsAt: true } },
      organizers: { where: { role: "ORGANIZER" }, select: { user: { select: { name: true, email: true } } } },
    },
  });
}

/** The name of a city `user` organizes, by id (the dashboard's "registered" message); null otherwise. */
export async function registeredCityName(user: SessionUser, id: string | undefined): Promise<string | null> {
  if (!id || !isUuid(id)) return null;
  const city = await db.hostCity.findFirst({ where: { id, organizers: { some: { userId: user.id, role: "ORGANIZER" } } }, select: { name: true } });
  return city?.name ?? null;
}

/** The cities this organizer organizes, with their event. */
export function organizerCities(user: SessionUser) {
  return db.hostCity.findMany({
    where: { organizers: { some: { userId: user.id, role: "ORGANIZER" } } },
    orderBy: [{ event: { startsAt: "desc" } }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      status: true,
      timeZone: true,
      venueName: true,
      venueAddress: true,
      venueCapacity: true,
      rejectionReason: true,
      _count: { select: { languages: true, items: true } },
      event: { select: { slug: true, title: true, status: true, startsAt: true, endsAt: true, anchorTimeZone: true } },
    },
  });
}

/** The cities whose door this user keeps (a door volunteer: checking attendees in, nothing else). */
export function doorCities(user: SessionUser) {
  return db.hostCity.findMany({
    where: { status: "APPROVED", organizers: { some: { userId: user.id, role: "DOOR" } } },
    orderBy: [{ event: { startsAt: "desc" } }, { name: "asc" }],
    select: { slug: true, name: true, event: { select: { slug: true, title: true } } },
  });
}

/** Accounts (admins), optionally those whose name or email contains `q`, with the cities each organizes. */
export async function listUsers(user: SessionUser, q?: string) {
  allow(user, "user.manage");
  return db.user.findMany({
    where: q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } : {},
    orderBy: [{ role: "asc" }, { email: "asc" }],
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabledAt: true,
      createdAt: true,
      organizedCities: {
        select: { hostCity: { select: { name: true, slug: true, status: true, event: { select: { slug: true, title: true } } } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

/** Published upcoming events that accept city registrations (organizers). */
export async function eventsOpenForRegistration(user: SessionUser) {
  allow(user, "city.register");
  return db.event.findMany({
    where: { status: "PUBLISHED", registrationOpen: true, endsAt: { gt: new Date() } },
    orderBy: { startsAt: "asc" },
    select: { slug: true, title: true, startsAt: true, anchorTimeZone: true },
  });
}

/** The program editor's event: its languages, its cities' zones, its shared items (event.update). */
export async function editorEvent(user: SessionUser, slug: string) {
  allow(user, "event.update");
  const event = await db.event.findUnique({
    where: { slug },
    include: {
      languages: { orderBy: { position: "asc" } },
      cities: { select: { name: true, timeZone: true, status: true }, orderBy: { name: "asc" } },
      items: { where: { hostCityId: null }, orderBy: [{ startsAt: "asc" }, { position: "asc" }], include: { _count: { select: { assignments: true } } } },
    },
  });
  return visibleOrThrow(event, (row) => row.status, user, "This event");
}

/** An event with its broadcast languages, if `user` may see it (a draft only with event.readDraft). */
export async function eventWithLanguages(user: SessionUser, slug: string) {
  const event = await db.event.findUnique({ where: { slug }, include: { languages: { orderBy: { position: "asc" } } } });
  return visibleOrThrow(event, (row) => row.status, user, "This event");
}

/** The events to filter the audit log by (audit.read). */
export async function auditEventChoices(user: SessionUser) {
  allow(user, "audit.read");
  return db.event.findMany({ orderBy: { startsAt: "desc" }, select: { slug: true, title: true } });
}

/**
 * The translation board of an event: every text its reader may translate (coordinators: the
 * event, the shared program, every city and its local items; organizers: their own cities and
 * their local items), each with its original, its translations and which of them are stale.
 */
export async function translationBoard(user: SessionUser, slug: string) {
  const coordinator = can(user.role, "event.update");
  const event = await db.event.findUnique({
    where: { slug },
    include: {
      languages: { orderBy: { position: "asc" } },
      cities: {
        where: coordinator ? { status: { in: ["PENDING", "APPROVED"] } } : { organizers: { some: { userId: user.id, role: "ORGANIZER" } } },
        orderBy: { name: "asc" },
      },
      items: { orderBy: [{ startsAt: "asc" }, { position: "asc" }] },
    },
  });
  const visible = visibleOrThrow(event, (row) => row.status, user, "This event");
  if (!coordinator && visible.cities.length === 0) throw forbidden();
  const cityIds = new Set(visible.cities.map((c) => c.id));
  return {
    ...visible,
    coordinator,
    items: visible.items.filter((item) => (item.hostCityId === null ? coordinator : cityIds.has(item.hostCityId))),
  };
}
