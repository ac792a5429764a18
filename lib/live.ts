/**
 * What is happening now, at an instant the caller gives (the server's clock, a test's clock, or
 * the browser's, corrected by the server's): the event's phase, and per language the item on
 * now and the next one. Pure, and shared by the live read (lib/data/live.ts) and the browser
 * (components/live-status.tsx), which moves from one item to the next by their times between polls.
 */
export type LivePhase = "upcoming" | "delayed" | "live" | "ended" | "cancelled";

type Timed = { startsAt: string; endsAt: string };

export function phaseAt(event: Timed & { status: string; delayMinutes: number }, now: Date): LivePhase {
  if (event.status === "cancelled") return "cancelled";
  const at = now.getTime();
  if (at < Date.parse(event.startsAt)) return event.delayMinutes > 0 ? "delayed" : "upcoming";
  return at < Date.parse(event.endsAt) ? "live" : "ended";
}

/**
 * The item on now (of those running, the one that began last) and the next to begin. Items
 * are compared as instants, so the result is the same in every zone.
 */
export function nowAndNext<T extends Timed>(items: T[], now: Date): { now: T | null; next: T | null } {
  const at = now.getTime();
  let current: T | null = null;
  let next: T | null = null;
  for (const item of items) {
    const start = Date.parse(item.startsAt);
    if (start <= at && at < Date.parse(item.endsAt)) {
      if (!current || start >= Date.parse(current.startsAt)) current = item;
    } else if (start > at && (!next || start < Date.parse(next.startsAt))) {
      next = item;
    }
  }
  return { now: current, next };
}

/** Milliseconds until `phaseAt` or `nowAndNext` can change (the next start or end), or null. */
export function nextChange(times: Timed[], now: Date): number | null {
  const at = now.getTime();
  const upcoming = times.flatMap((t) => [Date.parse(t.startsAt), Date.parse(t.endsAt)]).filter((t) => t > at);
  return upcoming.length ? Math.min(...upcoming) - at : null;
}
