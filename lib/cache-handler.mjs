/**
 * Next's cache shared between instances (README, "Several instances"): when REDIS_URL is set,
 * rendered pages and unstable_cache data live in Redis (or Valkey) through
 * @fortedigital/nextjs-cache-handler, so a page rendered by one instance serves all of them
 * and revalidateTag on one instance reaches every other. next.config.ts names this file only
 * when REDIS_URL is set; one instance keeps Next's own cache on disk.
 * Keys carry the build's id: during a rolling deploy an old build never serves a page that
 * names a new build's scripts, nor the other way round.
 * Each entry also keeps its own lifetime (Next's `cacheControl`): Next 16.4 reads it back from
 * the entry, and a page first rendered by another instance would otherwise count as stale after
 * one second, every time, and be answered without its Cache-Control.
 * Plain JavaScript: Next imports it at run time, outside its bundles.
 */
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "redis";

const state = (globalThis.__simulconfRedisCache ??= { config: null });

CacheHandler.onCreation(async ({ buildId }) => {
  state.config ??= (async () => {
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
    // Logged, not fatal: the handler answers a miss while Redis is away, and the client reconnects.
    client.on("error", (error) => console.error(`[cache] redis: ${error.message}`));
    await client.connect();
    const keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? "simulconf"}:${buildId ?? "build"}:`;
    return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: 1_000 })] };
  })();
  return state.config;
});

const LIFETIME = "simulconfCacheControl";

export default class SharedCacheHandler extends CacheHandler {
  async set(key, value, context) {
    const lifetime = context?.cacheControl;
    return super.set(key, value && lifetime && value.kind !== "FETCH" ? { ...value, [LIFETIME]: lifetime } : value, context);
  }

  async get(key, context) {
    const entry = await super.get(key, context);
    const lifetime = entry?.value?.[LIFETIME];
    if (!lifetime) return entry;
    const { [LIFETIME]: _, ...value } = entry.value;
    return { ...entry, value, cacheControl: lifetime };
  }
}
