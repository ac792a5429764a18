import { describe, expect, it } from "vitest";
import {
  isTranslated,
  localized,
  mergeTranslations,
  sameTranslations,
  staleTranslations,
  textsIn,
  translationsInputSchema,
  translationsJson,
  unknownLanguages,
} from "./translations";

describe("merging translations", () => {
  const originals = { title: "Opening", description: "Welcome" };

  it("sets the fields sent, keeps the others, deletes with null, and remembers each original", () => {
    const first = mergeTranslations({}, { fa: { title: "گشایش", description: "خوش آمدید" } }, originals);
    expect(first).toEqual({ fa: { title: { text: "گشایش", from: "Opening" }, description: { text: "خوش آمدید", from: "Welcome" } } });
    const second = mergeTranslations(first, { fa: { description: null }, fr: { title: "Ouverture" } }, originals);
    expect(translationsJson(second)).toEqual({ fa: { title: "گشایش" }, fr: { title: "Ouverture" } });
    // The last field of a language gone: the language is gone.
    expect(mergeTranslations(second, { fr: { title: null } }, originals)).not.toHaveProperty("fr");
    expect(sameTranslations(second, mergeTranslations(second, { fa: { title: "گشایش" } }, originals))).toBe(true);
    expect(sameTranslations(first, second)).toBe(false);
  });

  it("marks a translation to review when its original changes", () => {
    const stored = mergeTranslations({}, { fa: { title: "گشایش" } }, originals);
    expect(staleTranslations(stored, originals)).toEqual([]);
    expect(staleTranslations(stored, { ...originals, title: "Opening words" })).toEqual(["fa.title"]);
  });

  it("nests a city's venue notes as the city object does, and stores them flat", () => {
    const stored = mergeTranslations(
      {},
      { fa: { name: "پاریس", venue: { accessibility: "بدون پله" } } },
      { name: "Paris", "venue.accessibility": "Step-free" },
    );
    expect(textsIn(stored, "fa")).toEqual({ name: "پاریس", "venue.accessibility": "بدون پله" });
    expect(translationsJson(stored)).toEqual({ fa: { name: "پاریس", venue: { accessibility: "بدون پله" } } });
  });
});

describe("the translations of a PATCH", () => {
  it("refuses unknown fields by their path, and names languages the event does not broadcast", () => {
    const parsed = translationsInputSchema("item").safeParse({ fa: { subtitle: "x" } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["fa"]);
    expect(translationsInputSchema("city").safeParse({ fa: { venue: { accessibility: "x", address: "y" } } }).success).toBe(false);
    expect(translationsInputSchema("event").safeParse({ fa: { title: null, summary: "خلاصه" } }).success).toBe(true);
    expect(unknownLanguages({ fa: {}, de: {} }, ["fa", "en"])).toEqual(["de"]);
  });
});

describe("a record in a reader's language", () => {
  const city = {
    name: "Paris",
    venue: { name: "Salle", accessibility: "Step-free" },
    translations: { fa: { name: "پاریس", venue: { accessibility: "بدون پله" } } },
  };

  it("takes each translated text, keeps the original elsewhere, and says which is which", () => {
    const fa = localized(city, "fa");
    expect(fa).toMatchObject({ name: "پاریس", venue: { name: "Salle", accessibility: "بدون پله" } });
    expect(localized(city, "fr")).toBe(city);
    expect(isTranslated(city, "fa", "name")).toBe(true);
    expect(isTranslated(city, "fa", "venue.accessibility")).toBe(true);
    expect(isTranslated(city, "fr", "name")).toBe(false);
  });
});
