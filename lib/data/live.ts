/**
 * The live read (GET /api/v1/events/{slug}/live): the phase and, per broadcast language, what
 * is on now and next, at the server's clock. Built per request from the cached event and
 * program (no database once warm), and itself shareable for a few seconds (LIVE_CACHE_CONTROL),
 * so the start-minute crowd polling it costs a cache hit each.
 */
import "server-only";
import { notFound } from "@/lib/api/errors";
import { routeReads } from "@/lib/data/reads";
import { scheduleOf } from "@/lib/data/schedule";
import { nowAndNext, phaseAt } from "@/lib/live";
import type { LiveJson } from "@/lib/api/shapes";

/** Kept by any cache for 5 s; browsers poll every 30 s and move between items by their times. */
export const LIVE_CACHE_CONTROL = "public, max-age=5, s-maxage=5";

export async function getLive(slug: string, city: string | null, now: Date): Promise<LiveJson> {
  const [event, program] = await Promise.all([routeReads.event(slug), routeReads.program(slug)]);
  if (!event) throw notFound("This event");
  const host = city ? event.cities.find((c) => c.slug === city) : null;
  if (city && !host) throw notFound("This host city");
  const zone = host?.timeZone ?? event.anchorTimeZone;
  return {
    phase: phaseAt(event, now),
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    scheduledStartsAt: event.scheduledStartsAt ?? event.startsAt,
    delayMinutes: event.delayMinutes,
    serverTime: now.toISOString(),
    timeZone: zone,
    languages: event.languages.map(({ code }) => ({ code, ...nowAndNext(scheduleOf(program, { zone, lang: code, city }).items, now) })),
  };
}
