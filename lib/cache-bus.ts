/**
 * Invalidation between instances: a write publishes the tags it touched on a PostgreSQL
 * channel (NOTIFY, sent by lib/cache.ts through the app's own connection pool), and every
 * instance listens on one connection of its own (server.ts) and forgets what it keeps under
 * them (lib/cache-local.ts). PostgreSQL rather than Redis: every instance already has it, one
 * instance needs nothing more, and a notification is delivered only once its write committed.
 * While the listening connection is down an instance cannot hear writes, so it forgets
 * everything when the connection drops and again when it is back.
 */
import { Client } from "pg";
import { forgetLocally, localCaches } from "./cache-local";

export const INVALIDATION_CHANNEL = "simulconf_cache";
const RETRY_MS = [500, 1_000, 2_000, 5_000];

export type Invalidation = { from: string; tags: string[] };

export function invalidationPayload(tags: string[]): string {
  return JSON.stringify({ from: localCaches.instance, tags } satisfies Invalidation);
}

export function parseInvalidation(payload: string | undefined): Invalidation | null {
  try {
    const parsed = JSON.parse(payload ?? "") as Partial<Invalidation>;
    if (typeof parsed.from !== "string" || !Array.isArray(parsed.tags) || !parsed.tags.every((t) => typeof t === "string")) return null;
    return { from: parsed.from, tags: parsed.tags };
  } catch {
    return null;
  }
}

/** Listens until stop() is called; reconnects on its own. */
export function listenForInvalidations(databaseUrl: string, log: (line: string) => void): { stop: () => Promise<void>; ready: Promise<void> } {
  let client: Client | null = null;
  let stopped = false;
  let attempt = 0;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const connect = async () => {
    if (stopped) return;
    const current = new Client({ connectionString: databaseUrl, application_name: "simulconf-cache-bus" });
    client = current;
    let lost = false;
    const onLost = (reason: string) => {
      if (lost || stopped) return;
      lost = true;
      forgetLocally(null);
      log(`[cache] invalidation channel lost (${reason}); reconnecting`);
      current.removeAllListeners();
      current.on("error", () => {});
      current.end().catch(() => {});
      setTimeout(() => void connect(), RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]).unref();
    };
    current.on("error", (error) => onLost(error.message));
    current.on("end", () => onLost("closed"));
    current.on("notification", (message) => {
      const invalidation = parseInvalidation(message.payload);
      if (!invalidation) forgetLocally(null);
      else if (invalidation.from !== localCaches.instance) forgetLocally(invalidation.tags);
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${INVALIDATION_CHANNEL}`);
      if (attempt > 0) forgetLocally(null); // writes made while deaf
      attempt = 0;
      markReady();
    } catch (error) {
      onLost((error as Error).message);
    }
  };
  void connect();
  return {
    ready,
    stop: async () => {
      stopped = true;
      const current = client;
      current?.removeAllListeners();
      current?.on("error", () => {});
      await current?.end().catch(() => {});
    },
  };
}
