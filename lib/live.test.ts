import { describe, expect, it } from "vitest";
import { nextChange, nowAndNext, phaseAt } from "./live";

const event = { status: "published", startsAt: "2027-08-28T15:00:00Z", endsAt: "2027-08-28T18:00:00Z", delayMinutes: 0 };
const items = [
  { id: "welcome", startsAt: "2027-08-28T15:00:00Z", endsAt: "2027-08-28T15:30:00Z" },
  { id: "panel", startsAt: "2027-08-28T15:30:00Z", endsAt: "2027-08-28T17:00:00Z" },
  // A local item inside the panel: it began later, so it is what is on now there.
  { id: "local", startsAt: "2027-08-28T16:00:00Z", endsAt: "2027-08-28T16:20:00Z" },
  { id: "closing", startsAt: "2027-08-28T17:30:00Z", endsAt: "2027-08-28T18:00:00Z" },
];
const at = (iso: string) => new Date(iso);

describe("the phase of an event at an instant", () => {
  it("is upcoming, live from the start instant (inclusive), ended from the end instant", () => {
    expect(phaseAt(event, at("2027-08-28T14:59:59.999Z"))).toBe("upcoming");
    expect(phaseAt(event, at("2027-08-28T15:00:00Z"))).toBe("live");
    expect(phaseAt(event, at("2027-08-28T17:59:59Z"))).toBe("live");
    expect(phaseAt(event, at("2027-08-28T18:00:00Z"))).toBe("ended");
  });

  it("is delayed before a delayed start, live after it, and cancelled whatever the clock", () => {
    const delayed = { ...event, startsAt: "2027-08-28T15:10:00Z", delayMinutes: 10 };
    expect(phaseAt(delayed, at("2027-08-28T15:05:00Z"))).toBe("delayed");
    expect(phaseAt(delayed, at("2027-08-28T15:10:00Z"))).toBe("live");
    expect(phaseAt({ ...event, status: "cancelled" }, at("2027-08-28T16:00:00Z"))).toBe("cancelled");
  });
});

describe("now and next", () => {
  it("gives nothing on now and the first item next before the start", () => {
    const { now, next } = nowAndNext(items, at("2027-08-28T14:00:00Z"));
    expect(now).toBeNull();
    expect(next?.id).toBe("welcome");
  });

  it("gives the running item and the next to begin, an item ending at the instant the next begins handing over exactly", () => {
    expect(nowAndNext(items, at("2027-08-28T15:29:59Z"))).toMatchObject({ now: { id: "welcome" }, next: { id: "panel" } });
    expect(nowAndNext(items, at("2027-08-28T15:30:00Z"))).toMatchObject({ now: { id: "panel" }, next: { id: "local" } });
  });

  it("prefers the item that began last when two run at once, and shows a gap as nothing on now", () => {
    expect(nowAndNext(items, at("2027-08-28T16:10:00Z"))).toMatchObject({ now: { id: "local" }, next: { id: "closing" } });
    expect(nowAndNext(items, at("2027-08-28T17:10:00Z"))).toMatchObject({ now: null, next: { id: "closing" } });
    expect(nowAndNext(items, at("2027-08-28T18:00:00Z"))).toEqual({ now: null, next: null });
  });

  it("says when the answer next changes, so a browser can move on without asking", () => {
    expect(nextChange(items, at("2027-08-28T15:29:00Z"))).toBe(60_000);
    expect(nextChange(items, at("2027-08-28T18:00:00Z"))).toBeNull();
  });
});
