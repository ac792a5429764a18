// /dashboard/events/{slug}/translations: the event's texts in every broadcast language. A board of
// gaps first (like the coverage board's missing speakers), then each text beside its translations.
// Coordinators translate the event, the shared program and the cities; organizers their own cities
// and local items (lib/data/dashboard.ts translationBoard decides).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageRead, pageUser } from "@/lib/auth/guards";
import { translationBoard } from "@/lib/data/dashboard";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { languageInfo, languageName } from "@/lib/languages";
import { formatClock, timeLabel } from "@/lib/time";
import { staleTranslations, textsIn } from "@/lib/translations";
import { saveTranslationsAction } from "@/app/[locale]/dashboard/translation-actions";
import { TranslationForm } from "@/app/[locale]/dashboard/_components/translation-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Translations" });
  return { title: t("title") };
}

type TextRecord = {
  kind: "event" | "item" | "city";
  ref: string;
  label: string;
  version: number;
  fields: { name: string; label: string; original: string; multiline: boolean }[];
  stored: unknown;
};

export default async function TranslationsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/translations`);
  const board = await pageRead(translationBoard(user, slug));
  const t = await getTranslations("Translations");
  const codes = board.languages.map((l) => l.code);
  const source = board.contentLanguage && codes.includes(board.contentLanguage) ? board.contentLanguage : (codes[0] ?? "en");
  const language = (code: string) => ({ code, name: languageName(code, locale), dir: languageInfo(code)?.direction ?? ("ltr" as const) });
  const targets = codes.filter((code) => code !== source).map(language);
  const cityOf = new Map(board.cities.map((c) => [c.id, c]));
  const zoneOf = (hostCityId: string | null) => (hostCityId ? (cityOf.get(hostCityId)?.timeZone ?? board.anchorTimeZone) : board.anchorTimeZone);

  const records: TextRecord[] = [
    ...(board.coordinator
      ? [
          {
            kind: "event" as const,
            ref: board.slug,
            label: t("eventRecord"),
            version: board.version,
            fields: [
              { name: "title", label: t("fields.title"), original: board.title, multiline: false },
              { name: "summary", label: t("fields.summary"), original: board.summary, multiline: true },
            ],
            stored: board.translations,
          },
        ]
      : []),
    ...board.items.map((item) => {
      const zone = zoneOf(item.hostCityId);
      const where = item.hostCityId ? ` · ${cityOf.get(item.hostCityId)?.name ?? ""}` : "";
      return {
        kind: "item" as const,
        ref: item.id,
        label: `${formatClock(item.startsAt, zone, locale)}–${timeLabel(item.endsAt, zone, locale)} · ${item.title}${where}`,
        version: item.version,
        fields: [
          { name: "title", label: t("fields.title"), original: item.title, multiline: false },
          { name: "description", label: t("fields.description"), original: item.description, multiline: true },
        ],
        stored: item.translations,
      };
    }),
    ...board.cities.map((city) => ({
      kind: "city" as const,
      ref: city.slug,
      label: t("cityRecord", { city: city.name }),
      version: city.version,
      fields: [
        { name: "name", label: t("fields.name"), original: city.name, multiline: false },
        { name: "venue.accessibility", label: t("fields.accessibility"), original: city.venueAccessibility, multiline: true },
      ],
      stored: city.translations,
    })),
  ];
  // Each record's translations per language and the stale ones, read once for the board and the forms.
  const shown = records.map((record) => ({
    ...record,
    texts: Object.fromEntries(targets.map((target) => [target.code, textsIn(record.stored, target.code)])),
    stale: staleTranslations(record.stored, Object.fromEntries(record.fields.map((f) => [f.name, f.original]))),
  }));
  /** A record's state in one language: every non-empty original translated, some to review, or how many are missing. */
  const gap = (record: (typeof shown)[number], code: string) => {
    const texts = record.texts[code] ?? {};
    const missing = record.fields.filter((f) => f.original && !texts[f.name]).length;
    const review = record.stale.filter((path) => path.startsWith(`${code}.`)).length;
    if (missing) return { state: "missing", text: t("missing", { count: missing }) };
    if (review) return { state: "review", text: t("toReview", { count: review }) };
    return { state: "done", text: t("done") };
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={board.coordinator ? `/dashboard/events/${board.slug}` : "/dashboard"}>{t("back")}</Link>
      </p>
      <h1>{t("heading", { event: board.title })}</h1>
      <p className="muted">{t("intro", { language: languageName(source, locale) })}</p>
      {targets.length === 0 ? <p className="muted">{t("oneLanguage")}</p> : null}
      <div className="table-scroll" role="region" aria-labelledby="gaps-caption" tabIndex={0}>
        <table className="table table--compact" data-testid="translation-gaps">
          <caption id="gaps-caption">{t("gapsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("text")}</th>
              {targets.map((target) => (
                <th key={target.code} scope="col">
                  {target.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((record) => (
              <tr key={`${record.kind}-${record.ref}`}>
                <th scope="row">
                  <a href={`#${record.kind}-${record.ref}`}>
                    <bdi>{record.label}</bdi>
                  </a>
                </th>
                {targets.map((target) => {
                  const cell = gap(record, target.code);
                  return (
                    <td key={target.code} className={`gap gap--${cell.state}`} data-state={cell.state}>
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {targets.length
        ? shown.map((record) => (
            <section key={`${record.kind}-${record.ref}`} id={`${record.kind}-${record.ref}`} className="section card" aria-label={record.label}>
              <h2 className="h3">
                <bdi>{record.label}</bdi>
              </h2>
              <TranslationForm
                action={saveTranslationsAction.bind(null, record.kind, board.slug, record.ref, record.version)}
                idPrefix={`${record.kind}-${record.ref.slice(0, 12)}`}
                original={language(source)}
                fields={record.fields}
                languages={targets}
                values={record.texts}
                stale={record.stale}
              />
            </section>
          ))
        : null}
    </>
  );
}
