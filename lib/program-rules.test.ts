import { describe, expect, it } from "vitest";
import { nightWarnings, overlaps, swapInRunningOrder, outsideEvent, previewSwap } from "./program-rules";

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

describe("what a move will do, said before it is done", () => {
  const at = (hhmm: string) => new Date(`2027-03-20T${hhmm}:00Z`);
  const item = (id: string, from: string, to: string) => ({ id, title: id, hostCityId: null, startsAt: at(from), endsAt: at(to) });
  const a = item("A", "16:00", "16:30");
  const b = item("B", "16:20", "16:50"); // overlaps A by ten minutes
  const c = item("C", "16:50", "17:10");

  it("names the items the swapped pair would run into", () => {
    const preview = previewSwap([a, b, c], a, b);
    expect(preview.second).toEqual({ startsAt: at("16:00"), endsAt: at("16:30") });
    expect(preview.first).toEqual({ startsAt: at("16:30"), endsAt: at("17:00") });
    expect(preview.clashes.map((i) => i.id)).toEqual(["C"]);
  });

  it("names none when the pair keeps its span", () => {
    expect(previewSwap([a, c], a, c).clashes).toEqual([]);
  });

  it("says whether an item falls before or after the event", () => {
    const event = { startsAt: at("16:00"), endsAt: at("17:00") };
    expect(outsideEvent(item("x", "15:50", "16:10"), event)).toBe("before");
    expect(outsideEvent(c, event)).toBe("after");
    expect(outsideEvent(a, event)).toBeNull();
  });
});
