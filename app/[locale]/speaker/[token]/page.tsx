// /speaker/{token}: one person's assignments across events, in their own zone and language, to
// confirm or decline without an account (the link in their invitations). Works without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { commitmentsOf, speakerOfToken } from "@/lib/data/speaker-links";
import { languageName } from "@/lib/languages";
import { mailLocale } from "@/lib/mail/compose";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { dateTimeSeparator, formatClock, formatDateLong, timeLabel } from "@/lib/time";
import { localized, translationsJson } from "@/lib/translations";
import { answerAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<SearchParams> };

// Private, and the address is a key: never indexed, never sent to another site as a Referer
// ("same-origin": with "no-referrer" a form posted without JavaScript says Origin: null, a cross-site write).
export const metadata: Metadata = { robots: { index: false }, referrer: "same-origin" };

const PROBLEMS = new Set(["booking_conflict", "stale_version", "not_found"]);

export default async function SpeakerPage({ params, searchParams }: Props) {
  const { token } = await params;
  const speaker = await speakerOfToken(token);
  if (!speaker) notFound();
  // Their own language, whatever the browser asks for: the page is theirs.
  const locale = mailLocale(speaker.preferredLanguage);
  const t = await getTranslations({ locale, namespace: "SpeakerPage" });
  const query = await searchParams;
  const answered = singleParam(query.answered);
  const problem = singleParam(query.problem);
  const about = singleParam(query.item);
  const commitments = await commitmentsOf(speaker.id);
  return (
    <article lang={locale} dir={locale === "fa" || locale === "ar" ? "rtl" : "ltr"} className="narrow-block">
      <h1>{t("title", { name: speaker.name })}</h1>
      <p className="muted">{speaker.timeZone ? t("inYourZone", { zone: speaker.timeZone }) : t("inAnchorZone")}</p>
      <p>
        <a href={`/speaker/${encodeURIComponent(token)}/commitments.ics`} download>
          {t("download")}
        </a>
      </p>
      {commitments.length === 0 ? <p className="muted">{t("none")}</p> : null}
      <ol className="plain-list">
        {commitments.map((a) => {
          const item = a.programItem;
          // Titles in their language where the event translated them.
          const title = localized({ title: item.title, translations: translationsJson(item.translations) }, locale).title;
          const eventTitle = localized({ title: item.event.title, translations: translationsJson(item.event.translations) }, locale).title;
          const zone = speaker.timeZone ?? item.event.anchorTimeZone;
          const start = new Date(item.startsAt);
          const status = a.status.toLowerCase() as "invited" | "confirmed" | "declined";
          const heading = `assignment-${a.id}`;
          return (
            <li key={a.id} id={heading} className="card" data-assignment={a.id} data-status={status}>
              <h2 className="h3">
                <bdi>{title}</bdi>
              </h2>
              <p className="muted">
                <bdi>{eventTitle}</bdi>
                {item.hostCity ? (
                  <>
                    {" · "}
                    <bdi>{item.hostCity.name}</bdi>
                  </>
                ) : null}
              </p>
              <p>
                {t(`roles.${a.role.toLowerCase()}`)} · {languageName(a.broadcastLanguage.code, locale)}
              </p>
              <p>
                <time dateTime={item.startsAt.toISOString()}>
                  <bdi>
                    {formatDateLong(start, zone, locale)}
                    {dateTimeSeparator(locale)}
                    {formatClock(start, zone, locale)}–{timeLabel(item.endsAt, zone, locale)}
                  </bdi>
                </time>
                {zone !== item.event.anchorTimeZone ? (
                  <span className="muted small block">
                    <bdi>{t("announcedAs", { time: timeLabel(start, item.event.anchorTimeZone, locale), zone: item.event.anchorTimeZone })}</bdi>
                  </span>
                ) : null}
              </p>
              <p>
                <strong>{t(`status.${status}`)}</strong>
                {a.responseNote ? (
                  <span className="muted small block">
                    <bdi>{a.responseNote}</bdi>
                  </span>
                ) : null}
              </p>
              {about === a.id && answered ? (
                <p role="status" className="banner banner--good">
                  {t(`answered.${answered === "declined" ? "declined" : "confirmed"}`)}
                </p>
              ) : null}
              {about === a.id && problem && PROBLEMS.has(problem) ? (
                <p role="alert" className="banner banner--bad">
                  {t(`problems.${problem}`)}
                </p>
              ) : null}
              {item.event.status === "CANCELLED" ? (
                <p className="muted">{t("eventCancelled")}</p>
              ) : (
                <div className="answer-forms">
                  {status !== "confirmed" ? (
                    <form action={answerAction.bind(null, token, a.id, "confirmed")}>
                      <button type="submit" className="button button--primary">
                        {t("confirm")}
                      </button>
                    </form>
                  ) : null}
                  {status !== "declined" ? (
                    <details className="answer-decline">
                      <summary className="button">{t("declineOpen")}</summary>
                      <form action={answerAction.bind(null, token, a.id, "declined")} className="form">
                        <div className="field">
                          <label htmlFor={`note-${a.id}`}>{t("note")}</label>
                          <textarea id={`note-${a.id}`} name="note" maxLength={1000} rows={2} />
                        </div>
                        <button type="submit" className="button">
                          {t("decline")}
                        </button>
                      </form>
                    </details>
                  ) : null}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
