// The demo data is what a new user sees first: every shared item (read in the anchor zone) lies
// within its event's hours. A city's local items may not: a reception before the broadcast and a
// panel after it are what local programs are for.
import { describe, expect, it } from "vitest";
import { addMinutes, wallClockToInstant } from "@/lib/time";
import { DEMO_EVENTS } from "./demo-data";

function instant(local: string, zone: string): Date {
  const result = wallClockToInstant(local, zone);
  if (!result.ok) throw new Error(`${local} in ${zone}: ${result.message}`);
  return result.instant;
}

describe("the demo events", () => {
  it.each(DEMO_EVENTS.map((event) => [event.slug, event] as const))("%s keeps every shared item inside its hours", (_slug, event) => {
    const start = instant(event.start, event.anchorTimeZone);
    const end = addMinutes(start, event.minutes);
    const outside = event.items.filter((item) => {
      if (item.city) return false;
      const itemStart = instant(item.start, event.anchorTimeZone);
      return itemStart < start || addMinutes(itemStart, item.minutes) > end;
    });
    expect(outside.map((item) => item.key)).toEqual([]);
  });
});
