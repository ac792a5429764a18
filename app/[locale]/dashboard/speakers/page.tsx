// /dashboard/speakers: the roster: search, filter by language, add (coordinators).
import type { Metadata } from "next";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/auth/guards";
import { listSpeakers } from "@/lib/data/speakers";
import { LANGUAGE_CODES, languageName } from "@/lib/languages";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { zoneOptions } from "@/lib/time/zone-options";
import { ZoneOptionsProvider } from "@/components/zone-picker";
import { SpeakerForm } from "@/app/[locale]/dashboard/_components/speaker-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Roster" });
  return { title: t("title") };
}

export default async function RosterPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const user = await pageUser("/dashboard/speakers", { permission: "speaker.manage" });
  const query = await searchParams;
  const q = singleParam(query.q);
  const lang = singleParam(query.lang);
  const t = await getTranslations("Roster");
  const speakers = await listSpeakers(user, { q: q?.trim() || undefined, lang: lang || undefined });
  const languages = LANGUAGE_CODES.map((code) => ({ code, name: languageName(code, locale) }));
  return (
    <>
      <p className="breadcrumb">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <form className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="roster-q">{t("search")}</label>
          <input id="roster-q" name="q" type="search" defaultValue={q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="roster-lang">{t("speaks")}</label>
          <select id="roster-lang" name="lang" defaultValue={lang ?? ""}>
            <option value="">{t("anyLanguage")}</option>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("filter")}
        </button>
      </form>
      <p className="muted">{t("count", { count: speakers.length })}</p>
      <ul className="card-list" data-testid="roster">
        {speakers.map((s) => (
          <li key={s.id} className="card">
            <h2 className="h3">{s.name}</h2>
            {s.affiliation ? <p className="small">{s.affiliation}</p> : null}
            <p className="small muted">
              {s.languages.map((code) => languageName(code, locale)).join(", ")}
              {s.timeZone ? ` · ${s.timeZone}` : ""}
            </p>
            {s.contactEmail ? (
              <p className="small">
                <span className="muted">{t("privateContact")}</span> <bdi>{s.contactEmail}</bdi>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <section className="section narrow-block" aria-labelledby="add-speaker">
        <h2 id="add-speaker">{t("addHeading")}</h2>
        <ZoneOptionsProvider options={zoneOptions(locale)}>
          <SpeakerForm languages={languages} />
        </ZoneOptionsProvider>
      </section>
    </>
  );
}
