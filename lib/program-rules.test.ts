import { describe, expect, it } from "vitest";
import { nightWarnings, overlaps, swapInRunningOrder } from "./program-rules";

const at = (iso: string) => new Date(iso);
const span = (start: string, end: string) => ({ startsAt: at(start), endsAt: at(end) });

describe("swapping two neighbours in the running order", () => {
  it("keeps each duration and the gap between them, inside the span they shared", () => {
    const first = span("2027-08-28T15:00:00Z", "2027-08-28T15:30:00Z");
    const second = span("2027-08-28T15:40:00Z", "2027-08-28T16:40:00Z");
    const swapped = swapInRunningOrder(first, second);
    expect(swapped.second).toEqual(span("2027-08-28T15:00:00Z", "2027-08-28T16:00:00Z"));
    expect(swapped.first).toEqual(span("2027-08-28T16:10:00Z", "2027-08-28T16:40:00Z"));
  });

  it("turns an overlap into back-to-back slots rather than keeping it", () => {
    const swapped = swapInRunningOrder(span("2027-08-28T15:00:00Z", "2027-08-28T16:00:00Z"), span("2027-08-28T15:30:00Z", "2027-08-28T16:00:00Z"));
    expect(swapped.second.endsAt).toEqual(swapped.first.startsAt);
  });
});

describe("overlaps", () => {
  const item = (id: string, start: string, end: string, hostCityId: string | null = null) => ({ id, hostCityId, ...span(start, end) });

  it("pairs items of the same city (or both shared) whose half-open spans meet, and no others", () => {
    const items = [
      item("a", "2027-08-28T15:00:00Z", "2027-08-28T16:00:00Z"),
      item("b", "2027-08-28T15:30:00Z", "2027-08-28T16:30:00Z"),
      item("c", "2027-08-28T16:30:00Z", "2027-08-28T17:00:00Z"),
      item("paris", "2027-08-28T15:00:00Z", "2027-08-28T16:00:00Z", "paris"),
    ];
    const found = overlaps(items);
    expect([...found.keys()].sort()).toEqual(["a", "b"]);
    expect(found.get("a")!.map((i) => i.id)).toEqual(["b"]);
  });
});

describe("night warnings", () => {
  it("warn when a slot touches 23:00–07:00 in the person's own zone, and only then", () => {
    const slot = span("2027-08-28T15:00:00Z", "2027-08-28T16:00:00Z"); // 17:00 in Paris, 23:00 in Taipei
    expect(nightWarnings({ name: "Mina", timeZone: "Asia/Taipei" }, slot)).toHaveLength(1);
    expect(nightWarnings({ name: "Mina", timeZone: "Asia/Taipei" }, slot)[0]).toMatch(/Mina \(Asia\/Taipei\): at night/);
    expect(nightWarnings({ name: "Eric", timeZone: "Europe/Paris" }, slot)).toEqual([]);
    expect(nightWarnings({ name: "Nasrin", timeZone: null }, slot)).toEqual([]);
    // 11:00 EDT is fine; an early start in Vancouver (07:00 PDT) ends the night.
    expect(nightWarnings({ name: "Tom", timeZone: "America/Vancouver" }, span("2027-08-28T13:59:00Z", "2027-08-28T15:00:00Z"))).toHaveLength(1);
    expect(nightWarnings({ name: "Tom", timeZone: "America/Vancouver" }, span("2027-08-28T14:00:00Z", "2027-08-28T15:00:00Z"))).toEqual([]);
  });
});
