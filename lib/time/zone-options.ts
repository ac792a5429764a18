import "server-only";
/**
 * The choices of the zone picker, in the reader's language: each zone.tab zone with its city
 * ("Toronto", «تورنتو», «استکهلم»), country, generic name and offset at the event's date.
 * Server-only: the city names come from CLDR (cldr-dates-modern) for the interface languages.
 */
import { getAllTimezones } from "countries-and-timezones";
import en from "cldr-dates-modern/main/en/timeZoneNames.json";
import fa from "cldr-dates-modern/main/fa/timeZoneNames.json";
import fr from "cldr-dates-modern/main/fr/timeZoneNames.json";
import ar from "cldr-dates-modern/main/ar/timeZoneNames.json";
import { searchText } from "@/lib/slug";
import { countryName } from "@/lib/validation/common";
import { utcOffset, utcOffsetMinutes } from "./convert";
import { zoneGenericName } from "./format";
import { listTimeZones, zoneCity, zoneCountries } from "./zones";

export type ZoneOption = {
  /** IANA name, the value submitted. */
  id: string;
  /** The zone's city in the reader's language. */
  city: string;
  /** Its country (or countries) in the reader's language; empty for UTC. */
  country: string;
  /** "UTC+02:00" at the event's date. */
  offset: string;
  /** "Central European Time" in the reader's language, when the runtime knows one. */
  generic: string | null;
  /** Lower-case text the picker searches: the above, the ID and its old spellings (Kiev, Calcutta). */
  search: string;
};

type CldrZones = { [key: string]: CldrZones | string | undefined; exemplarCity?: string };
const CLDR: Record<string, CldrZones> = {
  en: en.main.en.dates.timeZoneNames.zone as CldrZones,
  fa: fa.main.fa.dates.timeZoneNames.zone as CldrZones,
  fr: fr.main.fr.dates.timeZoneNames.zone as CldrZones,
  ar: ar.main.ar.dates.timeZoneNames.zone as CldrZones,
};

let aliases: Map<string, string[]> | undefined;
/**
 * A zone's name and its old spellings: CLDR keys Kolkata's names under Asia/Calcutta.
 * Hazard: tzdata links Europe/Oslo and Stockholm to Europe/Berlin, but those are zone.tab
 * zones of their own (their own countries' choices), never other names for Berlin.
 */
function spellingsOf(zone: string): string[] {
  if (!aliases) {
    const current = new Set(listTimeZones());
    aliases = new Map();
    for (const z of Object.values(getAllTimezones({ deprecated: true }))) {
      if (z.aliasOf && !current.has(z.name)) aliases.set(z.aliasOf, [...(aliases.get(z.aliasOf) ?? []), z.name]);
    }
  }
  return [zone, ...(aliases.get(zone) ?? [])];
}

/** The city a zone is named after, in `locale` (CLDR's exemplar city), else from its ID. */
export function zoneCityName(zone: string, locale: string): string {
  const tree = CLDR[locale.split("-")[0]!] ?? CLDR.en!;
  for (const name of spellingsOf(zone)) {
    let node: CldrZones | string | undefined = tree;
    for (const part of name.split("/")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node === "object" && node.exemplarCity) return node.exemplarCity;
  }
  return zoneCity(zone);
}

const cache = new Map<string, ZoneOption[]>();

const DAY = 24 * 60 * 60 * 1000;

/**
 * Every zone.tab zone and UTC for `locale`, sorted by offset at `at` (the event's start;
 * today, where no event is concerned), then city.
 */
export function zoneOptions(locale: string, at: Date = new Date(Math.floor(Date.now() / DAY) * DAY)): ZoneOption[] {
  const key = `${locale}|${at.toISOString()}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const options = listTimeZones()
    .map((id): ZoneOption & { minutes: number } => {
      const city = id === "UTC" ? "UTC" : zoneCityName(id, locale);
      const country = zoneCountries(id)
        .map((code) => countryName(code, locale))
        .join(", ");
      const offset = `UTC${utcOffset(at, id)}`.replace("UTC+00:00", "UTC");
      const generic = id === "UTC" ? null : zoneGenericName(at, id, locale);
      const search = searchText([city, country, generic ?? "", offset, ...spellingsOf(id).flatMap((name) => [zoneCity(name), name])].join(" "));
      return { id, city, country, offset, generic, search, minutes: utcOffsetMinutes(at, id) };
    })
    .sort((a, b) => a.minutes - b.minutes || a.city.localeCompare(b.city, locale))
    .map(({ minutes: _minutes, ...option }) => option);
  if (cache.size > 64) cache.clear();
  cache.set(key, options);
  return options;
}

/** The choices for just these zones, in this order (a public page's own zones, without the ~400 others). */
export function zoneOptionsFor(ids: string[], locale: string, at: Date): ZoneOption[] {
  const all = new Map(zoneOptions(locale, at).map((option) => [option.id, option]));
  return [...new Set(ids)].map((id) => all.get(id)).filter((option) => option !== undefined);
}
