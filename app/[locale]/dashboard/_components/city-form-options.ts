import "server-only";
import { getAllCountries } from "countries-and-timezones";
import { listTimeZones, zoneCitiesForCountry, zonesForCountry } from "@/lib/time";
import { countryName } from "@/lib/validation/common";

/** Countries (named in the reader's language), the zones of each, and (where there are several) the cities they are named after. */
export function cityFormOptions(locale: string) {
  const codes = Object.keys(getAllCountries());
  const countries = codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .filter((c) => c.name !== c.code)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const zonesByCountry = Object.fromEntries(codes.map((code) => [code, zonesForCountry(code)]));
  // Only for countries with several zones: there the typed city name picks the zone.
  const zoneCitiesByCountry = Object.fromEntries(codes.filter((code) => zonesByCountry[code]!.length > 1).map((code) => [code, zoneCitiesForCountry(code)]));
  return { countries, zonesByCountry, zoneCitiesByCountry, allZones: listTimeZones() };
}
