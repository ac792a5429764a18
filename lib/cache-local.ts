/**
 * What this process keeps of public reads outside Next's own cache, and how it is emptied:
 * the memo of lib/cache.ts and the response cache of server.ts (lib/http/response-cache.ts).
 * Kept on globalThis: Next bundles route handlers and pages separately from each other and
 * from server.ts, and a write made in any of them must empty what all of them read.
 * No Next or database import here: server.ts loads it before Next starts.
 */
export type MemoEntry = { value: Promise<unknown>; tags: string[]; expires: number };

type LocalCaches = {
  memo: Map<string, MemoEntry>;
  listeners: Set<() => void>;
  /** This process's name on the invalidation channel (lib/cache-bus.ts). */
  instance: string;
};

export const localCaches: LocalCaches = ((globalThis as { __simulconfCaches?: LocalCaches }).__simulconfCaches ??= {
  memo: new Map(),
  listeners: new Set(),
  instance: `${process.pid}-${Math.random().toString(36).slice(2, 10)}`,
});

/** Forgets what this process keeps under these tags (every tag when `null`). */
export function forgetLocally(tags: string[] | null) {
  for (const [key, entry] of localCaches.memo) if (tags === null || entry.tags.some((t) => tags.includes(t))) localCaches.memo.delete(key);
  for (const listener of localCaches.listeners) listener();
}

/** `listener` runs on every forgetLocally (the response cache empties itself whole). */
export function onForget(listener: () => void): () => void {
  localCaches.listeners.add(listener);
  return () => localCaches.listeners.delete(listener);
}
