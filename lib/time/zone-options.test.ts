import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { zoneCityName, zoneOptions } = await import("./zone-options");
const { searchText } = await import("@/lib/slug");

const august = new Date("2027-08-28T15:00:00Z");
const january = new Date("2027-01-16T16:00:00Z");

/** What the picker does with typed words (components/zone-picker.tsx): every word in the search text. */
const find = (locale: string, at: Date, typed: string) => {
  const words = searchText(typed).split(/\s+/).filter(Boolean);
  return zoneOptions(locale, at)
    .filter((o) => words.every((w) => o.search.includes(w)))
    .map((o) => o.id);
};

describe("the zone picker's choices", () => {
  it("name each zone's city in the reader's language, old CLDR keys included", () => {
    expect(zoneCityName("Europe/Stockholm", "fa")).toBe("استکهلم");
    expect(zoneCityName("America/Toronto", "ar")).toBe("تورونتو");
    expect(zoneCityName("Asia/Kolkata", "en")).toBe("Kolkata"); // CLDR keys it under Asia/Calcutta
    expect(zoneCityName("Europe/Kyiv", "fa")).toBe("کیف"); // under Europe/Kiev
    expect(zoneCityName("Europe/Berlin", "fr")).toBe("Berlin"); // never Copenhague: tzdata links Copenhagen to Berlin
    expect(zoneCityName("America/Toronto", "en")).toBe("Toronto"); // English CLDR omits names equal to the ID
  });

  it("give each zone its offset at the event's date, not today's", () => {
    const summer = zoneOptions("en", august).find((o) => o.id === "America/Toronto")!;
    const winter = zoneOptions("en", january).find((o) => o.id === "America/Toronto")!;
    expect(summer).toMatchObject({ city: "Toronto", country: "Canada", offset: "UTC-04:00", generic: "Eastern Time" });
    expect(winter.offset).toBe("UTC-05:00");
    expect(zoneOptions("en", august).find((o) => o.id === "UTC")?.offset).toBe("UTC");
    expect(zoneOptions("en", august).find((o) => o.id === "Asia/Tehran")?.offset).toBe("UTC+03:30");
  });

  it("are sorted by offset at the event's date", () => {
    const minutes = zoneOptions("en", august).map((o) => {
      const m = /UTC(?:([+-])(\d\d):(\d\d))?/.exec(o.offset)!;
      return m[1] ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    });
    expect(minutes).toEqual([...minutes].sort((a, b) => a - b));
  });

  it("are found by city, country and zone name in the reader's language, and by old names", () => {
    expect(find("fr", august, "allemagne")).toEqual(["Europe/Berlin", "Europe/Busingen"]);
    expect(find("fa", august, "استکهلم")).toEqual(["Europe/Stockholm"]);
    expect(find("fa", august, "سوئد")).toEqual(["Europe/Stockholm"]);
    expect(find("en", august, "calcutta")).toEqual(["Asia/Kolkata"]);
    expect(find("en", august, "kiev")).toEqual(["Europe/Kyiv"]);
    expect(find("en", august, "oslo")).toEqual(["Europe/Oslo"]);
    expect(find("fr", august, "montreal")).toEqual(["America/Toronto"]);
    expect(find("en", august, "toronto canada")).toEqual(["America/Toronto"]);
    expect(find("fr", august, "heure de l’est")).toContain("America/Toronto");
  });
});
