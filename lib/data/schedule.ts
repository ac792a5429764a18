/**
 * GET /api/v1/events/{slug}/schedule?tz=&lang=&city=: the program with local times in the
 * asked zone. The expensive part (the program) is cached per event; the zone conversion is
 * per request and cheap.
 */
import "server-only";
import { ApiError, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getPublicEvent, getPublicProgram, loadProgram, type PublicProgramItem } from "@/lib/data/events";
import { eventJson, eventWithCities, type EventJson } from "@/lib/data/event-json";
import { normalizeTimeZone, toLocalIso } from "@/lib/time";

export type ScheduleQuery = { tz?: string | null; lang?: string | null; city?: string | null };

export type ScheduleItem = Omit<PublicProgramItem, "description" | "version"> & { localStart: string; localEnd: string };

/** The event and its program as `viewer` may see them (drafts and all cities for coordinators). */
export async function eventAndProgram(slug: string, viewer: SessionUser | null): Promise<{ event: EventJson; program: PublicProgramItem[] } | null> {
  if (viewer && can(viewer.role, "event.readDraft")) {
    const row = await db.event.findUnique({ where: { slug }, include: eventWithCities });
    if (!row) return null;
    return { event: eventJson(row, { allCities: true }), program: await loadProgram(row.id, { allCities: true, withDeclined: true }) };
  }
  const [event, program] = await Promise.all([getPublicEvent(slug), getPublicProgram(slug)]);
  return event ? { event, program } : null;
}

export async function getSchedule(slug: string, viewer: SessionUser | null, query: ScheduleQuery) {
  const found = await eventAndProgram(slug, viewer);
  if (!found) throw notFound("This event");
  const { event, program } = found;

  const zone = query.tz ? normalizeTimeZone(query.tz) : event.anchorTimeZone;
  if (!zone) {
    throw new ApiError("validation_error", `"${query.tz}" is not an IANA time zone.`, [
      { path: "tz", message: "Use an IANA zone name such as Europe/Paris or America/Toronto, not an abbreviation or an offset." },
    ]);
  }
  if (query.lang && !event.languages.some((l) => l.code === query.lang)) {
    throw new ApiError("validation_error", `"${query.lang}" is not a broadcast language of this event.`, [
      { path: "lang", message: `Use one of: ${event.languages.map((l) => l.code).join(", ")}.` },
    ]);
  }
  if (query.city && !event.cities.some((c) => c.slug === query.city)) throw notFound("This host city");

  const items: ScheduleItem[] = program
    .filter((item) => item.citySlug === null || item.citySlug === query.city)
    .map((item) => {
      const start = new Date(item.startsAt);
      const end = new Date(item.endsAt);
      return {
        id: item.id,
        title: item.title,
        kind: item.kind,
        language: item.language,
        citySlug: item.citySlug,
        startsAt: item.startsAt,
        endsAt: item.endsAt,
        localStart: toLocalIso(start, zone),
        localEnd: toLocalIso(end, zone),
        assignments: query.lang ? item.assignments.filter((a) => a.language === query.lang) : item.assignments,
      };
    });
  return { timeZone: zone, items };
}
