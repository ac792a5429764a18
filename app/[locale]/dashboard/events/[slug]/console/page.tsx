// /dashboard/events/{slug}/console: the go-live console (issue 22). One screen for the start
// instant: the master countdown and the delay, every approved city's clock, local start and
// readiness (with a reminder for what is missing), what is on each language's microphone now
// and next with its gaps, the daylight-saving guard, and the log of the day. Refreshed every 15 s.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/action-button";
import { AutoRefresh } from "@/components/auto-refresh";
import { TimeRange } from "@/components/time-range";
import { pageRead, pageUser } from "@/lib/auth/guards";
import { consoleBoard } from "@/lib/data/readiness";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/languages";
import { formatClock, timeLabel, usualClock, zoneCity } from "@/lib/time";
import { CityClock, DelayForm, MasterCountdown } from "@/app/[locale]/dashboard/_components/console-parts";
import { remindCityAction } from "@/app/[locale]/dashboard/console-actions";
import { ReadinessChecks } from "@/app/[locale]/dashboard/_components/readiness-checks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "Console" }))("title") };
}

export default async function ConsolePage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/console`, { permission: "event.update" });
  const now = new Date();
  const board = await pageRead(consoleBoard(user, slug, now));
  const t = await getTranslations("Console");
  const tc = await getTranslations("Coverage");
  const { event } = board;
  const start = new Date(event.startsAt);
  const anchor = event.anchorTimeZone;
  const number = new Intl.NumberFormat(locale);
  const lagging = board.cities.filter((c) => c.missing.length > 0).length;
  return (
    <section className="console">
      <AutoRefresh seconds={15} />
      <p className="breadcrumb">
        <Link href={`/dashboard/events/${slug}`}>{event.title}</Link>
      </p>
      <h1>{t("heading", { event: event.title })}</h1>
      <div className="console-top">
        <div>
          <MasterCountdown
            startsAt={event.startsAt}
            endsAt={event.endsAt}
            locale={locale}
            labels={{ before: t("startsIn", { time: "{time}" }), after: t("startedAgo", { time: "{time}" }), ended: t("ended") }}
          />
          <p data-testid="console-start">
            {t("start", { time: timeLabel(start, anchor, locale), zone: anchor })}
            {event.delayMinutes > 0 ? <span className="badge badge--warn"> {t("delayedBy", { minutes: event.delayMinutes })}</span> : null}
          </p>
        </div>
        {event.status === "published" ? (
          <DelayForm slug={slug} version={event.version} labels={{ minutes: t("delayMinutes"), submit: t("delaySubmit"), hint: t("delayHint") }} />
        ) : null}
      </div>

      {board.mismatches.length ? (
        <div className="banner banner--warn" role="note" data-testid="dst-warning">
          <p>
            <strong>{t("dst.heading")}</strong> {t("dst.intro")}
          </p>
          <ul>
            {board.mismatches.map((m) => (
              <li key={m.zone}>
                {t("dst.line", {
                  anchor: timeLabel(start, anchor, locale),
                  city: zoneCity(m.zone),
                  time: formatClock(start, m.zone, locale),
                  usual: m.usualMinutes.map((minutes) => usualClock(start, anchor, minutes, locale)).join(" / "),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="cities-heading" className="section">
        <h2 id="cities-heading">{t("cities", { count: board.cities.length, lagging })}</h2>
        <div className="table-scroll" role="region" aria-labelledby="cities-heading" tabIndex={0}>
          <table className="table table--compact table--labelled console-cities">
            <thead>
              <tr>
                <th scope="col">{t("city")}</th>
                <th scope="col">{t("localNow")}</th>
                <th scope="col">{t("localStart")}</th>
                <th scope="col">{t("readiness")}</th>
                <th scope="col">{t("seats")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {board.cities.map((city) => (
                <tr key={city.slug} data-testid={`city-${city.slug}`} className={city.missing.length ? "console-row--lagging" : undefined}>
                  <th scope="row">
                    <Link href={`/dashboard/events/${slug}/cities/${city.slug}`}>{city.name}</Link>
                    <span className="block muted small">{city.organizers.join(", ")}</span>
                  </th>
                  <td data-label={t("localNow")}>
                    <CityClock zone={city.timeZone} locale={locale} />
                  </td>
                  <td data-label={t("localStart")} className="clock" dir="ltr">
                    {timeLabel(start, city.timeZone, locale)}
                  </td>
                  <td data-label={t("readiness")} className="console-readiness">
                    <span className={`score score--${city.missing.length ? "lagging" : "ready"}`} data-testid="score">
                      {t("score", { score: city.score, of: city.of })}
                    </span>
                    <ReadinessChecks passes={city.passes} />
                  </td>
                  <td data-label={t("seats")}>
                    {city.registrationOpen || city.seatsTaken > 0
                      ? t("seatsOf", { taken: number.format(city.seatsTaken), capacity: city.capacity === null ? "?" : number.format(city.capacity) })
                      : "—"}
                  </td>
                  <td>
                    {city.missing.length ? (
                      <ActionButton action={remindCityAction.bind(null, slug, city.slug)} label={t("remindLabel", { city: city.name })}>
                        {t("remind")}
                      </ActionButton>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="languages-heading" className="section">
        <h2 id="languages-heading">{t("languages")}</h2>
        <div className="console-languages">
          {board.languages.map((language) => (
            <article key={language.code} className="card console-language" data-testid={`language-${language.code}`}>
              <h3>{languageName(language.code, locale)}</h3>
              <p className="small">
                {language.streamUrl ? <a href={language.streamUrl}>{t("stream")}</a> : <span className="field-error">{t("noStream")}</span>}
              </p>
              {(["now", "next"] as const).map((which) => {
                const slot = language[which];
                return (
                  <div key={which} className="console-slot">
                    <p className="muted small">{t(which)}</p>
                    {slot ? (
                      <>
                        <p>
                          <strong>{slot.title}</strong>{" "}
                          <span className="clock muted small" dir="ltr">
                            <TimeRange start={new Date(slot.startsAt)} end={new Date(slot.endsAt)} zone={anchor} locale={locale} />
                          </span>
                        </p>
                        {slot.people.length ? (
                          <ul className="people">
                            {slot.people.map((person) => (
                              <li key={`${person.name}-${person.role}`}>
                                <bdi>{person.name}</bdi> · {tc(`roles.${person.role.toLowerCase()}`)}{" "}
                                <span className={person.status === "CONFIRMED" ? "badge badge--good" : "badge badge--warn"}>
                                  {tc(`status.${person.status.toLowerCase()}`)}
                                </span>
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <p className="field-error" data-testid="gap">
                            {t("nobody")}
                          </p>
                        )}
                      </>
                    ) : (
                      <p className="muted">{t("nothing")}</p>
                    )}
                  </div>
                );
              })}
              {language.gaps.length ? (
                <details className="small">
                  <summary data-testid="gaps">{t("gaps", { count: language.gaps.length })}</summary>
                  <ul>
                    {language.gaps.map((gap) => (
                      <li key={gap.id}>
                        <span className="clock" dir="ltr">
                          {formatClock(new Date(gap.startsAt), anchor, locale)}
                        </span>{" "}
                        {gap.title}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="log-heading" className="section">
        <h2 id="log-heading">{t("log")}</h2>
        {board.log.length ? (
          <ol className="console-log" data-testid="console-log">
            {board.log.map((entry) => (
              <li key={entry.id}>
                <time className="clock" dir="ltr" dateTime={entry.at}>
                  {formatClock(new Date(entry.at), anchor, locale)}
                </time>{" "}
                <bdi>{entry.actor ?? t("system")}</bdi> · <code>{entry.action}</code>
                {entry.subject ? (
                  <>
                    {" "}
                    · <bdi>{entry.subject}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t("noLog")}</p>
        )}
      </section>
    </section>
  );
}
