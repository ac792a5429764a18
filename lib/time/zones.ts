/**
 * IANA zone names: validation, normalization and the list for pickers.
 * The only thing stored for a zone is its IANA name (docs/contract.md, time rule 1).
 */
import { getTimezonesForCountry } from "countries-and-timezones";
import { IANAZone } from "luxon";
import { slugify } from "@/lib/slug";

/**
 * The IANA name for `input`, normalized to its canonical spelling, or null when it is not
 * a geographic IANA zone.
 * Hazards: luxon accepts "CET", "EST", "GMT" and "Etc/GMT+2" (legacy tzdb entries that
 * are abbreviations or fixed offsets) and any letter case ("europe/paris"); docs/contract.md
 * forbids abbreviations and fixed offsets, so only "Area/Location" names and UTC pass.
 */
export function normalizeTimeZone(input: string): string | null {
  const name = input.trim();
  if (!name || name.length > 64) return null;
  if (/^(utc|etc\/utc)$/i.test(name)) return "UTC";
  if (!name.includes("/") || /^(etc|systemv|us)\//i.test(name)) return null;
  if (!IANAZone.isValidZone(name)) return null;
  // ICU resolves case-insensitively; keep its spelling when it is the same name.
  const resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

export function isValidTimeZone(input: string): boolean {
  return normalizeTimeZone(input) !== null;
}

/** Current canonical names that ICU's own list still spells the old way. */
const CANONICAL_EXTRAS = [
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "Asia/Ho_Chi_Minh",
  "Asia/Yangon",
  "Europe/Kyiv",
  "America/Nuuk",
  "Atlantic/Faroe",
  "Pacific/Kanton",
  "UTC",
];

let cachedList: string[] | undefined;

/**
 * Zone names for a picker, sorted. Hazard: Intl.supportedValuesOf("timeZone") lists old
 * aliases (Asia/Katmandu) and omits their canonical names (Asia/Kathmandu); both are added.
 */
export function listTimeZones(): string[] {
  if (!cachedList) {
    const names = new Set<string>(CANONICAL_EXTRAS);
    for (const name of Intl.supportedValuesOf("timeZone")) {
      if (normalizeTimeZone(name)) names.add(name);
    }
    cachedList = [...names].sort();
  }
  return cachedList;
}

/**
 * The zones to suggest for a country, most specific first ("NO" -> Europe/Oslo).
 * Hazard: recent tzdata folds Europe/Oslo, Stockholm and Copenhagen into Europe/Berlin;
 * a Norwegian organizer must still be offered Europe/Oslo, so zones whose first country
 * is this one win over the canonical zone of a neighbour.
 */
export function zonesForCountry(countryCode: string): string[] {
  const code = countryCode.toUpperCase();
  const zones = getTimezonesForCountry(code, { deprecated: true }) ?? [];
  const valid = zones.filter((zone) => normalizeTimeZone(zone.name) === zone.name);
  const own = valid.filter((zone) => zone.countries[0] === code).map((zone) => zone.name);
  return (own.length ? own : valid.map((zone) => zone.name)).sort();
}

/** "America/St_Johns" -> "St Johns": the city a zone is named after. */
export function zoneCity(zone: string): string {
  return (zone.split("/").pop() ?? zone).replaceAll("_", " ");
}

/** "Montréal" and "Montreal", "St. John's" and "St_Johns" alike: a city name to compare. */
const citySlug = (text: string) => slugify(text).replaceAll("-", "");

/**
 * A country's zones by the cities they are named after, old names included (Montreal is
 * America/Toronto, Kiev is Europe/Kyiv), each mapped to its current zone, for suggesting a
 * zone from the city an organizer typed. Hazard: guessing a country's first zone is wrong for
 * most of its cities (Canada's first is America/Atikokan, an hour off Toronto in summer).
 */
export function zoneCitiesForCountry(countryCode: string): [city: string, zone: string][] {
  const zones = getTimezonesForCountry(countryCode.toUpperCase(), { deprecated: true }) ?? [];
  const pairs: [string, string][] = [];
  for (const zone of zones) {
    const current = normalizeTimeZone(zone.aliasOf ?? zone.name) ?? normalizeTimeZone(zone.name);
    if (current) pairs.push([citySlug(zoneCity(zone.name)), current]);
  }
  return pairs;
}

/** The zone of `cityName` among `pairs` (zoneCitiesForCountry), or null when no zone is named after it. */
export function zoneForCityName(cityName: string, pairs: [city: string, zone: string][]): string | null {
  const wanted = citySlug(cityName);
  return (wanted && pairs.find(([city]) => city === wanted)?.[1]) || null;
}
