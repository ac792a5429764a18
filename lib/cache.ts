/**
 * Public reads are cached in two layers, both tagged per event and both emptied by
 * invalidate() (called by revalidateEvent in lib/data/events.ts on every write):
 *
 * 1. Next's data cache (`unstable_cache`), which feeds page rendering and survives a
 *    restart; a page rendered from it is tagged with its tags, so invalidating the data
 *    also drops the cached page;
 * 2. for route handlers only (`memo: true`: the API and feeds, never page-cached), an
 *    in-process memo of finished values: a hit is a Map lookup, not a JSON parse. Pages
 *    must not read through it: a page rendered from the memo would not be tagged.
 *
 * Both also expire CACHE_SECONDS after they were made, a safety net for an invalidation
 * that never reached this instance (README, "Several instances"). The loaders stay plain
 * functions in lib/data (the query-count test measures them); lib/data/reads.ts wraps them.
 */
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

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

type Entry = { value: Promise<unknown>; tags: string[]; expires: number };

// On globalThis: Next bundles route handlers and pages separately, and a write made in one
// must empty the memo the other reads.
const store = ((globalThis as { __simulconfMemo?: Map<string, Entry> }).__simulconfMemo ??= new Map<string, Entry>());

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

/**
 * Forgets everything cached under these tags, in both layers. `expire: 0` rather than
 * stale-while-revalidate: after an approval the very next visitor must see the city.
 */
export function invalidate(tags: string[]) {
  for (const [key, entry] of store) if (entry.tags.some((t) => tags.includes(t))) store.delete(key);
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
