/**
 * What each role sees on /dashboard. Callers have already checked the role; queries are
 * further scoped to what the user may see (an organizer's own cities only).
 */
import "server-only";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import type { SessionUser } from "@/lib/auth/guards";

/** Every event with its city counts by status (coordinators). */
export async function coordinatorEvents() {
  const [events, counts] = await Promise.all([
    db.event.findMany({
      orderBy: { startsAt: "desc" },
      select: { id: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, anchorTimeZone: true, attendanceMode: true },
    }),
    db.hostCity.groupBy({ by: ["eventId", "status"], _count: { _all: true } }),
  ]);
  return events.map((event) => {
    const of = (status: string) =>
      counts.find((c) => c.eventId === event.id && c.status === status)?._count._all ?? 0;
    return { ...event, approved: of("APPROVED"), pending: of("PENDING") };
  });
}

/** Registrations waiting for a decision, oldest first (coordinators). */
export function pendingRegistrations() {
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
      organizers: { select: { user: { select: { name: true, email: true } } } },
    },
  });
}

/** The name of a city `user` organizes, by id (the dashboard's "registered" message); null otherwise. */
export async function registeredCityName(user: SessionUser, id: string | undefined): Promise<string | null> {
  if (!id || !isUuid(id)) return null;
  const city = await db.hostCity.findFirst({ where: { id, organizers: { some: { userId: user.id } } }, select: { name: true } });
  return city?.name ?? null;
}

/** The cities this organizer organizes, with their event. */
export function organizerCities(user: SessionUser) {
  return db.hostCity.findMany({
    where: { organizers: { some: { userId: user.id } } },
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

/** Accounts (admins). */
export function listUsers() {
  return db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, name: true, email: true, role: true, disabledAt: true, createdAt: true },
  });
}

/** Published upcoming events that accept city registrations. */
export function eventsOpenForRegistration() {
  return db.event.findMany({
    where: { status: "PUBLISHED", registrationOpen: true, endsAt: { gt: new Date() } },
    orderBy: { startsAt: "asc" },
    select: { slug: true, title: true, startsAt: true, anchorTimeZone: true },
  });
}
