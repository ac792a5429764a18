/**
 * Pure rules of the program, testable without a server (lib/program-rules.test.ts): how two
 * items swap places in the running order, which items overlap, and when a slot falls in
 * someone's night.
 */
import { addMinutes, formatClock, formatDay, minutesBetween, timeLabel } from "@/lib/time";

type Span = { startsAt: Date; endsAt: Date };

/**
 * `second` moves in front of `first` (its neighbour in the running order): the two swap places
 * within the span they occupy together, each keeping its duration and the gap between them
 * staying where it was (a negative gap, an overlap, becomes none), so no other item moves.
 */
export function swapInRunningOrder(first: Span, second: Span): { first: Span; second: Span } {
  const gap = Math.max(second.startsAt.getTime() - first.endsAt.getTime(), 0);
  const secondStart = first.startsAt;
  const secondEnd = addMinutes(secondStart, minutesBetween(second.startsAt, second.endsAt));
  const firstStart = new Date(secondEnd.getTime() + gap);
  return {
    second: { startsAt: secondStart, endsAt: secondEnd },
    first: { startsAt: firstStart, endsAt: addMinutes(firstStart, minutesBetween(first.startsAt, first.endsAt)) },
  };
}

type Item = Span & { id: string; hostCityId: string | null };

/**
 * What swapping `first` and `second` (neighbours, `first` earlier) would do, said before it
 * is done: their new spans, and the other items either would then overlap (when the two
 * overlapped each other, the pair needs more room than it had and may run into the next item).
 */
export function previewSwap<T extends Item>(items: T[], first: T, second: T): { first: Span; second: Span; clashes: T[] } {
  const swapped = swapInRunningOrder(first, second);
  // Only the pair moves: the others it would overlap (same city, or both shared), each once.
  const clashes = items.filter(
    (item) =>
      item.id !== first.id &&
      item.id !== second.id &&
      item.hostCityId === first.hostCityId &&
      [swapped.first, swapped.second].some((span) => item.startsAt < span.endsAt && span.startsAt < item.endsAt),
  );
  return { ...swapped, clashes };
}

/** Whether a span starts before or ends after the event's (an item outside the event's time). */
export function outsideEvent(span: Span, event: Span): "before" | "after" | null {
  if (span.startsAt < event.startsAt) return "before";
  if (span.endsAt > event.endsAt) return "after";
  return null;
}

/** Pairs of items (of the same city, or both shared) whose half-open intervals overlap. */
export function overlaps<T extends { id: string; startsAt: Date; endsAt: Date; hostCityId: string | null }>(items: T[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const a of items) {
    for (const b of items) {
      if (a.id !== b.id && a.hostCityId === b.hostCityId && a.startsAt < b.endsAt && b.startsAt < a.endsAt) {
        result.set(a.id, [...(result.get(a.id) ?? []), b]);
      }
    }
  }
  return result;
}

/** A warning when a slot touches 23:00–07:00 in the person's own zone (none without a zone). */
export function nightWarnings(speaker: { name: string; timeZone: string | null }, item: { startsAt: Date; endsAt: Date }): string[] {
  if (!speaker.timeZone) return [];
  const hours = [item.startsAt, new Date(item.endsAt.getTime() - 60_000)].map((instant) => Number(formatClock(instant, speaker.timeZone!).slice(0, 2)));
  if (!hours.some((h) => h >= 23 || h < 7)) return [];
  return [
    `This slot is at ${formatDay(item.startsAt, speaker.timeZone)}, ${timeLabel(item.startsAt, speaker.timeZone)} for ${speaker.name} (${speaker.timeZone}): at night.`,
  ];
}
