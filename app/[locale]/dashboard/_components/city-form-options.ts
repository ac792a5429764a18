import "server-only";
import { getAllCountries } from "countries-and-timezones";
import { listTimeZones, zonesForCountry } from "@/lib/time";
import { countryName } from "@/lib/validation/common";

/** Countries (named in the reader's language) and the zones to suggest for each. */
export function cityFormOptions(locale: string) {
  const codes = Object.keys(getAllCountries());
  const countries = codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .filter((c) => c.name !== c.code)
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const zonesByCountry = Object.fromEntries(codes.map((code) => [code, zonesForCountry(code)]));
  return { countries, zonesByCountry, allZones: listTimeZones() };
}
