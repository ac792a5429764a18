/**
 * The day of the event (issue 22): how ready each approved city is, what its organizers mark on
 * the day (the stream checked, the city ready), the coordinators' reminder of what is missing, and
 * the go-live console that shows it all with what is on each language's microphone.
 */
import "server-only";
import { forbidden, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { requireCityAccess } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { audit } from "@/lib/data/audit";
import { coverage } from "@/lib/data/coverage";
import { visibleOrThrow } from "@/lib/data/or-throw";
import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/env";
import { nowAndNext } from "@/lib/live";
import { cityReminderMail } from "@/lib/mail/compose";
import { queueMessage } from "@/lib/mail/outbox";
import { clockMismatches } from "@/lib/time";

export const READINESS_CHECKS = ["venue", "languages", "program", "stream", "ready"] as const;
export type ReadinessCheck = (typeof READINESS_CHECKS)[number];

type CityState = {
  venueName: string;
  venueAddress: string;
  venueCapacity: number | null;
  languageCount: number;
  localItemCount: number;
  streamCheckedAt: Date | null;
  readyAt: Date | null;
};

/** Which checks a city passes, which it misses, and its score (passed of all). */
export function readinessOf(city: CityState) {
  const passes: Record<ReadinessCheck, boolean> = {
    venue: Boolean(city.venueName.trim() && city.venueAddress.trim() && city.venueCapacity),
    languages: city.languageCount > 0,
    program: city.localItemCount > 0,
    stream: city.streamCheckedAt !== null,
    ready: city.readyAt !== null,
  };
  const missing = READINESS_CHECKS.filter((check) => !passes[check]);
  return { passes, missing, score: READINESS_CHECKS.length - missing.length, of: READINESS_CHECKS.length };
}

const cityInclude = {
  _count: { select: { languages: true, items: true } },
} as const;

/** A host city of the event, whatever its status (a city may prepare, and be reminded, before its approval). */
async function cityOf(slug: string, citySlug: string) {
  const city = await db.hostCity.findFirst({
    where: { slug: citySlug, event: { slug } },
    include: { ...cityInclude, event: { select: { id: true, slug: true, title: true, startsAt: true, anchorTimeZone: true } } },
  });
  if (!city) throw notFound("This host city");
  return city;
}

const stateOf = (city: Awaited<ReturnType<typeof cityOf>>): CityState => ({
  ...city,
  languageCount: city._count.languages,
  localItemCount: city._count.items,
});

/**
 * An organizer (or a coordinator) marks the stream checked or the city ready on the day, or takes
 * it back. Audited: the console's log shows who pressed what, when.
 */
export async function markCity(user: SessionUser, slug: string, citySlug: string, mark: { stream?: boolean; ready?: boolean }) {
  const city = await cityOf(slug, citySlug);
  await requireCityAccess(user, city.id, { own: "city.update.own", any: "city.update.any" });
  const now = new Date();
  const data = {
    ...(mark.stream === undefined ? {} : { streamCheckedAt: mark.stream ? now : null }),
    ...(mark.ready === undefined ? {} : { readyAt: mark.ready ? now : null }),
  };
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.hostCity.update({ where: { id: city.id }, data, include: cityInclude });
    await audit(tx, {
      actorId: user.id,
      action: mark.ready !== undefined ? (mark.ready ? "city.ready" : "city.notReady") : mark.stream ? "city.streamChecked" : "city.streamUnchecked",
      entityType: "HostCity",
      entityId: city.id,
      eventId: city.event.id,
      after: { name: city.name, ...data },
    });
    return row;
  });
  return readinessOf({ ...updated, languageCount: updated._count.languages, localItemCount: updated._count.items });
}

/** A coordinator reminds a city's organizers of what it still misses (one message each, in their language). */
export async function remindCity(user: SessionUser, slug: string, citySlug: string) {
  if (!can(user.role, "city.review")) throw forbidden();
  const city = await cityOf(slug, citySlug);
  const { missing } = readinessOf(stateOf(city));
  if (missing.length === 0) return { sent: 0, missing };
  const organizers = await db.cityOrganizer.findMany({
    where: { hostCityId: city.id, role: "ORGANIZER", user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  const minute = Math.floor(Date.now() / 60_000);
  await db.$transaction(async (tx) => {
    for (const { user: organizer } of organizers) {
      await queueMessage(tx, {
        kind: "city.reminder",
        // A second press within the minute sends nothing more.
        idempotencyKey: `city.reminder:${city.id}:${minute}:${organizer.id}`,
        eventId: city.event.id,
        to: { email: organizer.email, name: organizer.name },
        locale: organizer.locale,
        content: cityReminderMail({
          locale: organizer.locale,
          recipientName: organizer.name,
          eventTitle: city.event.title,
          cityName: city.name,
          cityTimeZone: city.timeZone,
          startsAt: city.event.startsAt.toISOString(),
          missing,
          link: `${publicBaseUrl() ?? ""}/dashboard/events/${slug}/cities/${city.slug}`,
        }),
      });
    }
    await audit(tx, {
      actorId: user.id,
      action: "city.remind",
      entityType: "HostCity",
      entityId: city.id,
      eventId: city.event.id,
      after: { name: city.name, missing },
    });
  });
  return { sent: organizers.length, missing };
}

/** The readiness of one city, for its own dashboard page (its organizers and coordinators). */
export async function cityReadiness(user: SessionUser, slug: string, citySlug: string) {
  const city = await cityOf(slug, citySlug);
  await requireCityAccess(user, city.id, { own: "city.readPrivate.own", any: "city.readPrivate.any" });
  return { ...readinessOf(stateOf(city)), streamCheckedAt: city.streamCheckedAt, readyAt: city.readyAt };
}

/** Everything the go-live console shows, at `now` (coordinators). */
export async function consoleBoard(user: SessionUser, slug: string, now: Date) {
  if (!can(user.role, "event.update")) throw forbidden();
  const board = await coverage(user, slug);
  const event = visibleOrThrow(
    await db.event.findUnique({
      where: { slug },
      include: {
        cities: {
          where: { status: "APPROVED" },
          orderBy: { name: "asc" },
          include: { ...cityInclude, organizers: { where: { role: "ORGANIZER" }, select: { user: { select: { name: true } } } } },
        },
      },
    }),
    (row) => row.status,
    user,
    "This event",
  );
  const seats = await db.registration.groupBy({ by: ["hostCityId"], where: { eventId: event.id, status: "CONFIRMED" }, _sum: { seats: true } });
  const cities = event.cities.map((city) => ({
    slug: city.slug,
    name: city.name,
    timeZone: city.timeZone,
    organizers: city.organizers.map((o) => o.user.name),
    capacity: city.venueCapacity,
    registrationOpen: city.attendeeRegistrationOpen,
    seatsTaken: seats.find((s) => s.hostCityId === city.id)?._sum.seats ?? 0,
    ...readinessOf({ ...city, languageCount: city._count.languages, localItemCount: city._count.items }),
  }));
  const items = board.rows.map(({ item, cells }) => ({ ...item, startsAt: item.startsAt.toISOString(), endsAt: item.endsAt.toISOString(), cells }));
  const on = nowAndNext(items, now);
  const languages = board.event.languages.map((language) => {
    const slot = (item: (typeof items)[number] | null) => {
      if (!item) return null;
      const cell = item.cells.find((c) => c.language.id === language.id)!;
      return {
        id: item.id,
        title: item.title,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        gap: cell.gap,
        people: cell.assignments.filter((a) => a.status !== "DECLINED").map((a) => ({ name: a.speaker.name, role: a.role, status: a.status })),
      };
    };
    const gaps = items
      .filter((item) => item.cells.find((c) => c.language.id === language.id)!.gap)
      .map((item) => ({ id: item.id, title: item.title, startsAt: item.startsAt }));
    return { code: language.code, streamUrl: language.streamUrl, now: slot(on.now), next: slot(on.next), gaps };
  });
  const log = await db.auditEntry.findMany({
    where: { eventId: event.id, at: { gte: new Date(Math.min(now.getTime(), event.startsAt.getTime()) - 24 * 3600_000) } },
    orderBy: { at: "desc" },
    take: 50,
    include: { actor: { select: { name: true } } },
  });
  return {
    event: {
      slug: event.slug,
      title: event.title,
      status: event.status.toLowerCase(),
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      anchorTimeZone: event.anchorTimeZone,
      delayMinutes: event.delayMinutes,
      version: event.version,
    },
    cities,
    languages,
    mismatches: clockMismatches(
      event.startsAt,
      event.anchorTimeZone,
      cities.map((c) => c.timeZone),
    ),
    log: log.map((entry) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      action: entry.action,
      actor: entry.actor?.name ?? null,
      subject: (entry.after as { name?: string; title?: string } | null)?.name ?? (entry.after as { title?: string } | null)?.title ?? null,
    })),
  };
}
export type ConsoleBoard = Awaited<ReturnType<typeof consoleBoard>>;
