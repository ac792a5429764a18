/**
 * Public reads are cached in three layers, all emptied by invalidate() (called by
 * revalidateEvent in lib/data/events.ts on every write), on this instance and, through
 * PostgreSQL NOTIFY (lib/cache-bus.ts), on every other one:
 *
 * 1. Next's data cache (`unstable_cache`), which feeds page rendering and survives a
 *    restart; a page rendered from it is tagged with its tags, so invalidating the data
 *    also drops the cached page;
 * 2. for route handlers only (`memo: true`: the API and feeds, never page-cached), an
 *    in-process memo of finished values: a hit is a Map lookup, not a JSON parse. Pages
 *    must not read through it: a page rendered from the memo would not be tagged;
 * 3. in front of Next, the response cache of server.ts (lib/http/response-cache.ts): the
 *    finished bytes of public answers, replayed without entering Next.
 *
 * Both also expire CACHE_SECONDS after they were made, a safety net for an invalidation
 * that never reached this instance (README, "Several instances"). The loaders stay plain
 * functions in lib/data (the query-count test measures them); lib/data/reads.ts wraps them.
 */
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { invalidationPayload, INVALIDATION_CHANNEL } from "@/lib/cache-bus";
import { forgetLocally, localCaches } from "@/lib/cache-local";
import { db } from "@/lib/db";

export const EVENTS_TAG = "events";
export const eventTag = (slug: string) => `event:${slug}`;
/** Tags of anything read from one event. */
export const eventTags = (slug: string) => [EVENTS_TAG, eventTag(slug)];

export const CACHE_SECONDS = 300;

/**
 * For anonymous API answers and feeds: a CDN or proxy in front may keep them 30 s (and
 * serve the old copy while it fetches the new one); browsers always ask again.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=300";
const MAX_ENTRIES = 2000;

const store = localCaches.memo;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export type CachedRead<A extends string[], R> = (...args: A) => Promise<R>;

/** `load` cached under `name` and its arguments, invalidated by any of `tags(...args)`. */
export function cachedRead<A extends string[], R>(
  name: string,
  load: (...args: A) => Promise<R>,
  tags: (...args: A) => string[],
  { memo = false, dataCache = true }: { memo?: boolean; dataCache?: boolean } = {},
): CachedRead<A, R> {
  const read = (...args: A): Promise<R> => {
    if (!memo) return unstable_cache(load, [name, ...args], { tags: tags(...args), revalidate: CACHE_SECONDS })(...args);
    const key = JSON.stringify([name, ...args]);
    const now = Date.now();
    const hit = store.get(key);
    if (hit && hit.expires > now) return hit.value as Promise<R>;
    const entryTags = tags(...args);
    // `dataCache: false` for code that runs outside a render (proxy.ts), where Next's data
    // cache is not available: the memo alone, filled straight from the loader.
    const loaded = dataCache ? unstable_cache(load, [name, ...args], { tags: entryTags, revalidate: CACHE_SECONDS })(...args) : load(...args);
    const value = loaded.then(deepFreeze);
    if (store.size >= MAX_ENTRIES) store.delete(store.keys().next().value!);
    store.set(key, { value, tags: entryTags, expires: now + CACHE_SECONDS * 1000 });
    // A failed read is not remembered: the next request tries again.
    value.catch(() => {
      if (store.get(key)?.value === value) store.delete(key);
    });
    return value;
  };
  return read;
}

/** Forgets one memo entry (`name` and its arguments): a list found to be behind the database. */
export function forgetMemo(name: string, ...args: string[]) {
  store.delete(JSON.stringify([name, ...args]));
}

/**
 * Forgets everything cached under these tags, in both layers. `expire: 0` rather than
 * stale-while-revalidate: after an approval the very next visitor must see the city.
 */
export function invalidate(tags: string[]) {
  forgetLocally(tags);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  // The other instances: their memo and response cache (Next's own cache is shared through
  // REDIS_URL when there are several, README "Several instances"). Not awaited: the write is
  // done; a lost notification is what the listener's reconnect and CACHE_SECONDS are for.
  db.$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${invalidationPayload(tags)})`.catch((error: unknown) =>
    console.error(`[cache] could not tell the other instances: ${(error as Error).message}`),
  );
}
