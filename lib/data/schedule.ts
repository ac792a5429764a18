/**
 * GET /api/v1/events/{slug}/schedule?tz=&lang=&city=: the program with local times in the
 * asked zone. Anonymous answers are cached whole, per event and checked query; signed-in
 * coordinators (who also see drafts) read the database.
 */
import "server-only";
import { programForCity } from "@/lib/program-view";
import { ApiError, notFound } from "@/lib/api/errors";
import type { SessionUser } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { cachedRead, eventTags } from "@/lib/cache";
import { db } from "@/lib/db";
import { loadProgram, type PublicProgramItem } from "@/lib/data/events";
import { routeReads } from "@/lib/data/reads";
import { assertBroadcastLanguage, eventJson, eventWithCities, type EventJson } from "@/lib/data/event-json";
import { normalizeTimeZone, toLocalIso } from "@/lib/time";
import { localized } from "@/lib/translations";
import { represent, type Representation } from "@/lib/http/representation";
export type { ScheduleItem } from "@/lib/api/shapes";
import type { ScheduleItem } from "@/lib/api/shapes";

export type ScheduleQuery = { tz?: string | null; lang?: string | null; city?: string | null };

/** The event and its program as `viewer` may see them (drafts and all cities for coordinators). */
export async function eventAndProgram(slug: string, viewer: SessionUser | null): Promise<{ event: EventJson; program: PublicProgramItem[] } | null> {
  if (viewer && can(viewer.role, "event.readDraft")) {
    const row = await db.event.findUnique({ where: { slug }, include: eventWithCities });
    if (!row) return null;
    return { event: eventJson(row, { allCities: true }), program: await loadProgram(row.id, { allCities: true, people: "all" }) };
  }
  const [event, program] = await Promise.all([routeReads.event(slug), routeReads.program(slug)]);
  return event ? { event, program } : null;
}

export type ResolvedQuery = { zone: string; lang: string | null; city: string | null };

/** The query checked against the event: a real IANA zone, a broadcast language, an approved city. */
function resolveQuery(event: EventJson, query: ScheduleQuery): ResolvedQuery {
  const zone = query.tz ? normalizeTimeZone(query.tz) : event.anchorTimeZone;
  if (!zone) {
    throw new ApiError("validation_error", `"${query.tz}" is not an IANA time zone.`, [
      { path: "tz", message: "Use an IANA zone name such as Europe/Paris or America/Toronto, not an abbreviation or an offset." },
    ]);
  }
  if (query.lang) assertBroadcastLanguage(event, query.lang);
  if (query.city && !event.cities.some((c) => c.slug === query.city)) throw notFound("This host city");
  return { zone, lang: query.lang || null, city: query.city || null };
}

/** The program as the schedule API gives it: items in `zone`, one language's line-up and titles, a city's own items. */
export function scheduleOf(program: PublicProgramItem[], { zone, lang, city }: ResolvedQuery) {
  const items: ScheduleItem[] = programForCity(program, city).map((item) => ({
    id: item.id,
    // ?lang=fa: the title in that language where translated (and that language's line-up).
    title: localized(item, lang).title,
    kind: item.kind,
    language: item.language,
    citySlug: item.citySlug,
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    localStart: toLocalIso(new Date(item.startsAt), zone),
    localEnd: toLocalIso(new Date(item.endsAt), zone),
    translations: item.translations,
    staleTranslations: item.staleTranslations,
    assignments: lang ? item.assignments.filter((a) => a.language === lang) : item.assignments,
  }));
  return { timeZone: zone, items };
}

export type Schedule = ReturnType<typeof scheduleOf>;

export async function getSchedule(slug: string, viewer: SessionUser | null, query: ScheduleQuery): Promise<Schedule> {
  const found = await eventAndProgram(slug, viewer);
  if (!found) throw notFound("This event");
  return scheduleOf(found.program, resolveQuery(found.event, query));
}

// The anonymous answer, cached per checked query: keys are bounded by the event's own zones,
// languages and cities, never by what a client invents.
const publicSchedule = cachedRead(
  "answer-schedule",
  async (slug: string, zone: string, lang: string, city: string) => {
    const [program, lastChange] = await Promise.all([routeReads.program(slug), routeReads.lastChange(slug)]);
    return represent(JSON.stringify(scheduleOf(program, { zone, lang: lang || null, city: city || null })), lastChange);
  },
  (slug) => eventTags(slug),
  { memo: true, dataCache: false },
);

/** The schedule as the public sees it, as a finished representation (a cache read once warm). */
export async function getPublicSchedule(slug: string, query: ScheduleQuery): Promise<Representation> {
  const event = await routeReads.event(slug);
  if (!event) throw notFound("This event");
  const { zone, lang, city } = resolveQuery(event, query);
  return publicSchedule(slug, zone, lang ?? "", city ?? "");
}
