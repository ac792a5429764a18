/**
 * IANA zone names: validation, normalization and the list for pickers.
 * The only thing stored for a zone is its IANA name (docs/contract.md, time rule 1).
 */
import { getTimezonesForCountry } from "countries-and-timezones";
import { IANAZone } from "luxon";
import { slugify } from "@/lib/slug";
import { ZONE_TAB } from "./zone-tab";

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

let cachedList: string[] | undefined;

/**
 * Zone names for a picker, sorted: the zones of tzdata's zone.tab in their current spellings
 * (Asia/Kolkata, Europe/Kyiv; Europe/Stockholm stays), plus UTC. Hazard: ICU's own list
 * (Intl.supportedValuesOf) has old aliases (Asia/Calcutta) and lacks their current names.
 */
export function listTimeZones(): string[] {
  cachedList ??= [...new Set([...Object.values(ZONE_TAB).flat(), "UTC"])].filter((zone) => normalizeTimeZone(zone) === zone).sort();
  return cachedList;
}

/** The countries (ISO 3166 codes) whose zone.tab lists `zone`: Europe/Berlin is Germany's; UTC is nobody's. */
export function zoneCountries(zone: string): string[] {
  return Object.keys(ZONE_TAB).filter((code) => ZONE_TAB[code]!.includes(zone));
}

/** A country's zones as tzdata's zone.tab names them ("NO" -> Europe/Oslo, "SE" -> Europe/Stockholm). */
export function zonesForCountry(countryCode: string): string[] {
  return (ZONE_TAB[countryCode.toUpperCase()] ?? []).filter((zone) => normalizeTimeZone(zone) === zone);
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
