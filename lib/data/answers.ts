/**
 * The API's anonymous reads as finished representations (lib/http/representation.ts): the
 * JSON text, its ETag and the data's last change, made once per cached value and kept in the
 * in-process memo beside the reads they come from (lib/data/reads.ts), invalidated with them.
 * Keys are only names the reads found (an event, its language, its city): a made-up address is
 * a 404 before it reaches the cache.
 */
import "server-only";
import { notFound } from "@/lib/api/errors";
import { cachedRead, EVENTS_TAG, eventTags } from "@/lib/cache";
import { assertBroadcastLanguage, localizedEvent } from "@/lib/data/event-json";
import { routeReads } from "@/lib/data/reads";
import { represent, type Representation } from "@/lib/http/representation";

const MEMO = { memo: true, dataCache: false } as const;

/** GET /api/v1/events for everyone. */
export const publicEventsAnswer = cachedRead(
  "answer-events",
  async () => represent(JSON.stringify({ events: await routeReads.events() })),
  () => [EVENTS_TAG],
  MEMO,
);

const eventAnswer = cachedRead(
  "answer-event",
  async (slug: string, lang: string) => {
    const [event, lastChange] = await Promise.all([routeReads.event(slug), routeReads.lastChange(slug)]);
    if (!event) throw notFound("This event");
    return represent(JSON.stringify(localizedEvent(event, lang || null)), lastChange);
  },
  (slug) => eventTags(slug),
  MEMO,
);

/** GET /api/v1/events/{slug}[?lang=] as the public sees it; 404 or 400 (ApiError) for what is not there. */
export async function publicEventAnswer(slug: string, lang: string | null): Promise<Representation> {
  const event = await routeReads.event(slug);
  if (!event) throw notFound("This event");
  if (lang) assertBroadcastLanguage(event, lang);
  return eventAnswer(slug, lang ?? "");
}

const cityAnswer = cachedRead(
  "answer-city",
  async (slug: string, citySlug: string) => {
    const [event, lastChange] = await Promise.all([routeReads.event(slug), routeReads.lastChange(slug)]);
    const city = event?.cities.find((c) => c.slug === citySlug);
    if (!city) throw notFound("This host city");
    return represent(JSON.stringify(city), lastChange);
  },
  (slug) => eventTags(slug),
  MEMO,
);

/** GET /api/v1/events/{slug}/cities/{citySlug} as the public sees it. */
export async function publicCityAnswer(slug: string, citySlug: string): Promise<Representation> {
  if (!(await routeReads.event(slug))?.cities.some((c) => c.slug === citySlug)) throw notFound("This host city");
  return cityAnswer(slug, citySlug);
}
