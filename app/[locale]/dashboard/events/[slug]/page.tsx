// /dashboard/events/{slug}: the coordinator's view of one event: settings (publish,
// cancel, streams) and the shared program, with overlap warnings and reordering.
import { TimeRange } from "@/components/time-range";
import { ActionButton } from "@/components/action-button";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { pageUser, pageRead } from "@/lib/auth/guards";
import { editorEvent } from "@/lib/data/dashboard";
import { outsideEvent, overlaps, previewSwap } from "@/lib/program-rules";
import { LANGUAGE_CODES, languageName } from "@/lib/languages";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { formatClock, formatDateLong, formatDay, minutesBetween, timeLabel, toWallClock } from "@/lib/time";
import { addItemAction, deleteItemAction, moveItemAction, updateEventAction, updateItemAction } from "@/app/[locale]/dashboard/program-actions";
import { EventSettingsForm, ItemForm } from "@/app/[locale]/dashboard/_components/program-forms";
import { ZoneOptionsProvider } from "@/components/zone-picker";
import { zoneOptions } from "@/lib/time/zone-options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProgramEditor" });
  return { title: t("pageTitle") };
}

export default async function EventAdminPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}`, { permission: "event.update" });
  const event = await pageRead(editorEvent(user, slug));
  const t = await getTranslations("ProgramEditor");
  const te = await getTranslations("Event");
  const tt = await getTranslations("Translations");
  const ta = await getTranslations("Attendance");
  const tcon = await getTranslations("Console");
  const zone = event.anchorTimeZone;
  const clashes = overlaps(event.items);
  const languages = event.languages.map((l) => ({ code: l.code, name: languageName(l.code, locale) }));
  const suggestedZones = [...new Set([zone, ...event.cities.filter((c) => c.status === "APPROVED").map((c) => c.timeZone), "UTC"])];
  const lastEnd = event.items.at(-1)?.endsAt ?? event.startsAt;
  const range = (span: { startsAt: Date; endsAt: Date }) => `${formatClock(span.startsAt, zone, locale)}–${timeLabel(span.endsAt, zone, locale)}`;
  /** What ↑ (the item and the one before) or ↓ (the one after) will do, said before it is done. */
  const moveQuestion = (index: number, direction: "up" | "down") => {
    const item = event.items[index]!;
    const other = event.items[direction === "up" ? index - 1 : index + 1];
    if (!other) return null;
    const [first, second] = direction === "up" ? [other, item] : [item, other];
    const preview = previewSwap(event.items, first, second);
    const [mine, theirs] = direction === "up" ? [preview.second, preview.first] : [preview.first, preview.second];
    const outside = [
      [item.title, mine],
      [other.title, theirs],
    ].filter(([, span]) => outsideEvent(span as typeof mine, event));
    return {
      expected: { version: item.version, neighbourId: other.id, neighbourVersion: other.version },
      message: [
        t("moveQuestion", { title: item.title, range: range(mine), other: other.title, otherRange: range(theirs) }),
        preview.clashes.length ? t("moveClash", { titles: preview.clashes.map((c) => c.title).join(", ") }) : "",
        outside.length ? t("moveOutside", { titles: outside.map(([title]) => title).join(", ") }) : "",
      ]
        .filter(Boolean)
        .join(" "),
    };
  };
  const status = event.status.toLowerCase();

  return (
    <ZoneOptionsProvider options={zoneOptions(locale, event.startsAt)}>
      <p className="breadcrumb">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>
        {event.title} <StatusBadge status={status} label={te(`status.${status}`)} />
      </h1>
      <p>
        <bdi>
          {formatDateLong(event.startsAt, zone, locale)}, <TimeRange start={event.startsAt} end={event.endsAt} zone={zone} locale={locale} />
        </bdi>{" "}
        <span className="muted">({zone})</span>
        {event.status !== "DRAFT" ? (
          <>
            {" · "}
            <Link href={`/events/${event.slug}`}>{t("publicPage")}</Link>
          </>
        ) : null}
      </p>

      <p>
        <Link className="button button--primary" href={`/dashboard/events/${event.slug}/console`}>
          {tcon("title")}
        </Link>{" "}
        <Link className="button" href={`/dashboard/events/${event.slug}/coverage`}>
          {t("coverageLink")}
        </Link>{" "}
        <Link className="button" href={`/dashboard/events/${event.slug}/translations`}>
          {tt("link")}
        </Link>{" "}
        <Link className="button" href={`/dashboard/events/${event.slug}/attendance`}>
          {ta("link")}
        </Link>
      </p>
      <section className="section" aria-labelledby="program-heading">
        <h2 id="program-heading">{t("programHeading")}</h2>
        <p className="muted small">{t("programIntro", { zone })}</p>
        {event.items.length === 0 ? <p className="muted">{t("empty")}</p> : null}
        <ol className="item-list" data-testid="program-editor">
          {event.items.map((item, index) => {
            const others = clashes.get(item.id) ?? [];
            const outside = outsideEvent(item, event);
            const assignments = item._count.assignments;
            return (
              <li key={item.id} className={`item-row item-row--editable${others.length || outside ? " item-row--warn" : ""}`} data-item-title={item.title}>
                <span className="clock">
                  <bdi dir="ltr">
                    <TimeRange start={item.startsAt} end={item.endsAt} zone={zone} locale={locale} />
                  </bdi>
                  {formatDay(item.startsAt, zone, locale) !== formatDay(event.startsAt, zone, locale) ? (
                    <span className="small block">{formatDay(item.startsAt, zone, locale)}</span>
                  ) : null}
                </span>
                <span className="item-row__title">
                  {item.title}
                  {others.length ? (
                    <span className="warning small block" role="note">
                      {t("overlap", { titles: others.map((o) => o.title).join(", ") })}
                    </span>
                  ) : null}
                  {outside ? (
                    <span className="warning small block" role="note">
                      {t(outside === "before" ? "startsBeforeEvent" : "endsAfterEvent", {
                        time: timeLabel(outside === "before" ? event.startsAt : event.endsAt, zone, locale),
                      })}
                    </span>
                  ) : null}
                </span>
                <span className="item-row__actions">
                  {(["up", "down"] as const).map((direction) => {
                    const move = moveQuestion(index, direction);
                    // The first item cannot go up, the last not down: the button stays, disabled.
                    const expected = move?.expected ?? { version: item.version, neighbourId: item.id, neighbourVersion: 0 };
                    return (
                      <ActionButton
                        key={direction}
                        action={moveItemAction.bind(null, event.slug, item.id, direction, expected)}
                        disabled={!move}
                        label={t(direction === "up" ? "moveUp" : "moveDown", { title: item.title })}
                        confirm={move ? { message: move.message, action: t("moveConfirm") } : undefined}
                      >
                        {direction === "up" ? "↑" : "↓"}
                      </ActionButton>
                    );
                  })}
                  <ActionButton
                    action={deleteItemAction.bind(null, event.slug, item.id)}
                    label={t("deleteItem", { title: item.title })}
                    confirm={{
                      message: t("deleteQuestion", { title: item.title, range: range(item), assignments }),
                      action: t("deleteConfirm"),
                      danger: true,
                    }}
                  >
                    {t("delete")}
                  </ActionButton>
                </span>
                <details className="item-row__edit">
                  <summary>{t("edit")}</summary>
                  <ItemForm
                    action={updateItemAction.bind(null, event.slug, item.id, item.version)}
                    defaults={{
                      title: item.title,
                      kind: item.kind.toLowerCase(),
                      language: item.language,
                      description: item.description,
                      local: toWallClock(item.startsAt, zone),
                      timeZone: zone,
                      durationMinutes: minutesBetween(item.startsAt, item.endsAt),
                    }}
                    suggestedZones={suggestedZones}
                    languages={languages}
                    submitLabel={t("save")}
                  />
                </details>
              </li>
            );
          })}
        </ol>
        <h3>{t("addHeading")}</h3>
        <ItemForm
          action={addItemAction.bind(null, event.slug)}
          defaults={{
            title: "",
            kind: "talk",
            language: languages[0]?.code ?? "en",
            description: "",
            local: toWallClock(lastEnd, zone),
            timeZone: zone,
            durationMinutes: 30,
          }}
          suggestedZones={suggestedZones}
          languages={languages}
          submitLabel={t("add")}
        />
      </section>

      <section className="section narrow-block" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t("settingsHeading")}</h2>
        <EventSettingsForm
          action={updateEventAction.bind(null, event.slug, event.version)}
          settings={{
            title: event.title,
            summary: event.summary,
            attendanceMode: event.attendanceMode.toLowerCase(),
            status,
            registrationOpen: event.registrationOpen,
            showUnconfirmedPeople: event.showUnconfirmedPeople,
            attendeeRegistrationOpen: event.attendeeRegistrationOpen,
            organizerName: event.organizerName,
            organizerUrl: event.organizerUrl ?? "",
            imageUrl: event.imageUrl ?? "",
            streams: event.languages.map((l) => ({ code: l.code, name: languageName(l.code, locale), url: l.streamUrl ?? "" })),
            languageChoices: [...new Set([...event.languages.map((l) => l.code), ...LANGUAGE_CODES])].map((code) => ({
              code,
              name: languageName(code, locale),
            })),
            timing: {
              startsAt: event.startsAt.toISOString(),
              endsAt: event.endsAt.toISOString(),
              local: toWallClock(event.startsAt, zone),
              anchorTimeZone: zone,
              durationMinutes: minutesBetween(event.startsAt, event.endsAt),
              cities: event.cities.filter((c) => c.status === "APPROVED").map((c) => ({ name: c.name, timeZone: c.timeZone })),
              items: event.items.map((item) => ({ title: item.title, startsAt: item.startsAt.toISOString(), endsAt: item.endsAt.toISOString() })),
            },
          }}
        />
      </section>
    </ZoneOptionsProvider>
  );
}
