import type { CityDetailJson } from "@/lib/data/cities";
import type { CityFormValues } from "@/app/[locale]/dashboard/_components/city-form";

/**
 * The form's view of a city, to compare what the user loaded with what is stored now. A plain
 * function, not a server action: only the page and updateCityAction call it.
 */
export function cityFormValues(city: CityDetailJson): CityFormValues {
  return {
    name: city.name,
    countryCode: city.countryCode,
    timeZone: city.timeZone,
    venueName: city.venue.name,
    venueAddress: city.venue.address,
    venueCapacity: city.venue.capacity === null ? "" : String(city.venue.capacity),
    venueAccessibility: city.venue.accessibility,
    contactName: city.contact.name,
    contactEmail: city.contact.email,
    contactPhone: city.contact.phone,
    languages: city.languages,
    version: city.version,
  };
}
