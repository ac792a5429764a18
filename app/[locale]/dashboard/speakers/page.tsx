// /dashboard/speakers: the roster: search, filter by language, add (coordinators).
import type { Metadata } from "next";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/auth/guards";
import { assignmentCounts, listSpeakers } from "@/lib/data/speakers";
import { ActionButton } from "@/components/action-button";
import { createSpeakerAction, deleteSpeakerAction, updateSpeakerAction } from "@/app/[locale]/dashboard/speaker-actions";
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
  const assigned = await assignmentCounts(
    user,
    speakers.map((s) => s.id),
  );
  return (
    <ZoneOptionsProvider options={zoneOptions(locale)}>
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
            <details className="roster__edit">
              <summary aria-label={t("editPerson", { name: s.name })}>{t("edit")}</summary>
              <SpeakerForm
                action={updateSpeakerAction.bind(null, s.id, s.version)}
                languages={languages}
                defaults={{
                  name: s.name,
                  affiliation: s.affiliation,
                  bio: s.bio,
                  languages: s.languages,
                  photoUrl: s.photoUrl ?? "",
                  contactEmail: s.contactEmail ?? "",
                  timeZone: s.timeZone ?? "",
                  preferredLanguage: s.preferredLanguage ?? "",
                }}
                submitLabel={t("save")}
                idPrefix={`speaker-${s.id.slice(0, 8)}`}
              />
            </details>
            {assigned.get(s.id) ? (
              <p className="small muted">{t("assignedCount", { count: assigned.get(s.id)! })}</p>
            ) : (
              <ActionButton
                action={deleteSpeakerAction.bind(null, s.id)}
                label={t("removePerson", { name: s.name })}
                confirm={{ message: t("removeQuestion", { name: s.name }), action: t("remove"), danger: true }}
              >
                {t("remove")}
              </ActionButton>
            )}
          </li>
        ))}
      </ul>
      <section className="section narrow-block" aria-labelledby="add-speaker">
        <h2 id="add-speaker">{t("addHeading")}</h2>
        <SpeakerForm action={createSpeakerAction} languages={languages} submitLabel={t("add")} idPrefix="speaker" />
      </section>
    </ZoneOptionsProvider>
  );
}
