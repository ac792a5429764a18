// The search over a list of registrations (a city's, an online event's): a name, an address or a
// door code, and a status. A plain GET form: the page reads ?q= and ?status=.
import { getTranslations } from "next-intl/server";
import { REGISTRATION_STATUSES } from "@/lib/api/shapes";
import { singleParam, type SearchParams } from "@/lib/search-params";

export type RegistrationFilter = { q: string; status: (typeof REGISTRATION_STATUSES)[number] | undefined };

/** The filter a list page was asked for (an unknown status is no filter). */
export function registrationFilterOf(query: SearchParams): RegistrationFilter {
  const wanted = singleParam(query.status);
  return {
    q: singleParam(query.q)?.trim() ?? "",
    status: (REGISTRATION_STATUSES as readonly string[]).includes(wanted ?? "") ? (wanted as RegistrationFilter["status"]) : undefined,
  };
}

export async function RegistrationFilters({ filter }: { filter: RegistrationFilter }) {
  const t = await getTranslations("Attendees");
  return (
    <form className="filters" method="get" role="search">
      <div className="field">
        <label htmlFor="attendee-q">{t("search")}</label>
        <input id="attendee-q" name="q" type="search" defaultValue={filter.q} dir="auto" />
      </div>
      <div className="field">
        <label htmlFor="attendee-status">{t("status")}</label>
        <select id="attendee-status" name="status" defaultValue={filter.status ?? ""}>
          <option value="">{t("all")}</option>
          {REGISTRATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`statuses.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t("find")}
      </button>
    </form>
  );
}
