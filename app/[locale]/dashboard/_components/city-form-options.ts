import "server-only";
import { getAllCountries } from "countries-and-timezones";
import { zoneCitiesForCountry, zonesForCountry } from "@/lib/time";
import { zoneOptions } from "@/lib/time/zone-options";
import { countryName } from "@/lib/validation/common";

type Zones = { codes: string[]; zonesByCountry: Record<string, string[]>; zoneCitiesByCountry: Record<string, [string, string][]> };
let zones: Zones | undefined;

/** The zone tables are the same for every reader and every request: built once, on first use. */
function zoneTables(): Zones {
  if (!zones) {
    const codes = Object.keys(getAllCountries());
    const zonesByCountry = Object.fromEntries(codes.map((code) => [code, zonesForCountry(code)]));
    // Only for countries with several zones: there the typed city name picks the zone.
    const zoneCitiesByCountry = Object.fromEntries(codes.filter((code) => zonesByCountry[code]!.length > 1).map((code) => [code, zoneCitiesForCountry(code)]));
    zones = { codes, zonesByCountry, zoneCitiesByCountry };
  }
  return zones;
}

/**
 * Countries (named in the reader's language), the zones of each, (where there are several) the
 * cities they are named after, and the zone picker's choices with their offsets at the event's start.
 */
export function cityFormOptions(locale: string, eventStartsAt: Date) {
  const { codes, ...tables } = zoneTables();
  const countries = codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .filter((c) => c.name !== c.code)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return { countries, ...tables, zoneOptions: zoneOptions(locale, eventStartsAt) };
}
