// /dashboard/events/{slug}/cities/{citySlug}: the organizer edits their city's venue.
import { TimeRange } from "@/components/time-range";
import { ActionButton } from "@/components/action-button";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/status-badge";
import { pageUser, pageRead } from "@/lib/auth/guards";
import { eventWithLanguages } from "@/lib/data/dashboard";
import { getCityDetail } from "@/lib/data/cities";
import { languageName } from "@/lib/languages";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { localItems } from "@/lib/data/items";
import { formatClock, formatDay, minutesBetween, timeLabel, toWallClock } from "@/lib/time";
import { addLocalItemAction, updateCityAction, updateLocalItemAction } from "@/app/[locale]/dashboard/city-actions";
import { deleteItemAction } from "@/app/[locale]/dashboard/program-actions";
import { cityFormValues } from "@/app/[locale]/dashboard/_components/city-form-values";
import { LocalItemForm } from "@/app/[locale]/dashboard/_components/local-item-form";
import { CityForm } from "@/app/[locale]/dashboard/_components/city-form";
import { cityFormOptions } from "@/app/[locale]/dashboard/_components/city-form-options";
import { ReviewButtons, WithdrawButton } from "@/app/[locale]/dashboard/_components/review-buttons";
import { can } from "@/lib/auth/permissions";
import { TeamForm } from "@/app/[locale]/dashboard/_components/team-form";
import { inviteToCityAction } from "@/app/[locale]/dashboard/attendee-actions";
import { markCityAction } from "@/app/[locale]/dashboard/console-actions";
import { ReadinessChecks } from "@/app/[locale]/dashboard/_components/readiness-checks";
import { CityClock, MasterCountdown } from "@/app/[locale]/dashboard/_components/console-parts";
import { cityReadiness } from "@/lib/data/readiness";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string; citySlug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "EditCity" });
  return { title: t("title") };
}

export default async function EditCityPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug, citySlug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/cities/${citySlug}`);
  const t = await getTranslations("EditCity");
  const te = await getTranslations("Event");
  const city = await pageRead(getCityDetail(user, slug, citySlug));
  const event = await pageRead(eventWithLanguages(user, slug));
  const initial = cityFormValues(city);
  const items = await localItems(city.id);
  const tl = await getTranslations("LocalProgram");
  const tp = await getTranslations("ProgramEditor");
  const tt = await getTranslations("Translations");
  const ta = await getTranslations("Attendees");
  const tteam = await getTranslations("CityTeam");
  const languages = event.languages.map((l) => ({ code: l.code, name: languageName(l.code, locale) }));

  return (
    <section className="narrow narrow--wide">
      <p className="breadcrumb">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>
        {t("heading", { city: city.name })} <StatusBadge status={city.status} label={te(`cityStatus.${city.status}`)} />
      </h1>
      <p className="muted">
        {event.title} · <Link href={`/dashboard/events/${slug}/translations`}>{tt("link")}</Link>
        {city.status === "approved" ? (
          <>
            {" · "}
            <Link href={`/dashboard/events/${slug}/cities/${citySlug}/attendees`}>{ta("link")}</Link>
          </>
        ) : null}
      </p>
      {city.status === "approved" ? (
        <DayOf slug={slug} citySlug={citySlug} user={user} locale={locale} zone={city.timeZone} startsAt={event.startsAt} endsAt={event.endsAt} />
      ) : null}
      {city.rejectionReason ? <p className="banner banner--bad">{t("rejected", { reason: city.rejectionReason })}</p> : null}
      {can(user.role, "city.review") ? (
        // Decided here as on the dashboard's card; the answer stays on this page after the decision.
        <section className="section card" aria-labelledby="review-heading" data-testid="review">
          <h2 id="review-heading">{t("reviewHeading")}</h2>
          {city.status === "pending" ? <p className="muted">{t("reviewIntro")}</p> : null}
          <ReviewButtons eventSlug={slug} citySlug={citySlug} cityName={city.name} eventTitle={event.title} pending={city.status === "pending"} />
        </section>
      ) : null}
      <CityForm
        action={updateCityAction.bind(null, slug, citySlug, initial)}
        initial={initial}
        {...cityFormOptions(locale, event.startsAt)}
        eventStartsAt={event.startsAt.toISOString()}
        eventLanguages={event.languages.map((l) => ({ code: l.code, name: languageName(l.code, locale) }))}
        submitLabel={t("submit")}
        locale={locale}
      />
      <section className="section" aria-labelledby="local-program-heading">
        <h2 id="local-program-heading">{tl("heading")}</h2>
        <p className="muted">{tl("intro", { zone: city.timeZone })}</p>
        {items.length === 0 ? <p className="muted">{tl("empty")}</p> : null}
        <ul className="item-list" data-testid="local-items">
          {items.map((item) => (
            <li key={item.id} className="item-row item-row--editable" data-item-title={item.title}>
              <span className="clock">
                <TimeRange start={item.startsAt} end={item.endsAt} zone={city.timeZone} locale={locale} />
              </span>
              <span className="item-row__title">
                {item.title} <span className="muted small">{formatDay(item.startsAt, city.timeZone, locale)}</span>
              </span>
              <details className="item-row__edit">
                <summary>{tp("edit")}</summary>
                <LocalItemForm
                  action={updateLocalItemAction.bind(null, slug, item.id, item.version, city.timeZone)}
                  defaults={{
                    title: item.title,
                    kind: item.kind.toLowerCase(),
                    local: toWallClock(item.startsAt, city.timeZone),
                    durationMinutes: minutesBetween(item.startsAt, item.endsAt),
                    language: item.language,
                    description: item.description,
                  }}
                  zone={city.timeZone}
                  languages={languages}
                  submitLabel={tp("save")}
                  idPrefix={`local-${item.id.slice(0, 8)}`}
                />
              </details>
              <ActionButton
                action={deleteItemAction.bind(null, slug, item.id)}
                label={tl("deleteItem", { title: item.title })}
                confirm={{
                  message: tp("deleteQuestion", {
                    title: item.title,
                    range: `${formatClock(item.startsAt, city.timeZone, locale)}–${timeLabel(item.endsAt, city.timeZone, locale)}`,
                    assignments: 0,
                  }),
                  action: tp("deleteConfirm"),
                  danger: true,
                }}
              >
                {tl("delete")}
              </ActionButton>
            </li>
          ))}
        </ul>
        <h3>{tl("addHeading")}</h3>
        <LocalItemForm
          action={addLocalItemAction.bind(null, slug, citySlug, city.timeZone)}
          defaults={{
            title: "",
            kind: "reception",
            local: toWallClock(event.startsAt, city.timeZone),
            durationMinutes: 60,
            language: languages[0]?.code ?? "",
            description: "",
          }}
          zone={city.timeZone}
          languages={languages}
          submitLabel={tl("add")}
          idPrefix="local-new"
        />
      </section>
      <section className="section" aria-labelledby="team-heading" data-testid="city-team">
        <h2 id="team-heading">{tteam("heading")}</h2>
        <p className="muted">{tteam("intro")}</p>
        <dl className="facts">
          <dt>{tteam("organizers")}</dt>
          <dd>{city.organizers.length ? city.organizers.map((o) => o.name).join(", ") : tteam("none")}</dd>
          <dt>{tteam("door")}</dt>
          <dd>{city.doorVolunteers.length ? city.doorVolunteers.map((o) => o.name).join(", ") : tteam("none")}</dd>
        </dl>
        <TeamForm
          action={inviteToCityAction.bind(null, slug, citySlug)}
          labels={{
            email: tteam("email"),
            name: tteam("name"),
            role: tteam("role"),
            organizer: tteam("organizer"),
            door: tteam("doorRole"),
            submit: tteam("submit"),
          }}
        />
      </section>
      {(city.status === "pending" || city.status === "approved") && city.organizers.some((o) => o.email === user.email) ? (
        <section className="section" aria-labelledby="withdraw-heading">
          <h2 id="withdraw-heading">{t("withdrawHeading")}</h2>
          <p className="muted">{t("withdrawIntro")}</p>
          <WithdrawButton eventSlug={slug} citySlug={citySlug} cityName={city.name} />
        </section>
      ) : null}
    </section>
  );
}

/**
 * On the day: the city's readiness as the coordinators' console sees it, and the two things only
 * the people in the hall can say: the stream was checked on the screen, and the city is ready.
 */
async function DayOf({
  slug,
  citySlug,
  user,
  locale,
  zone,
  startsAt,
  endsAt,
}: {
  slug: string;
  citySlug: string;
  user: Awaited<ReturnType<typeof pageUser>>;
  locale: string;
  zone: string;
  startsAt: Date;
  endsAt: Date;
}) {
  const readiness = await cityReadiness(user, slug, citySlug);
  const t = await getTranslations("Console");
  return (
    <section className="section card day-of" aria-labelledby="day-of-heading" data-testid="day-of">
      <h2 id="day-of-heading">
        {t("dayOf")}{" "}
        <span className={`score score--${readiness.missing.length ? "lagging" : "ready"}`}>{t("score", { score: readiness.score, of: readiness.of })}</span>
      </h2>
      <MasterCountdown
        startsAt={startsAt.toISOString()}
        endsAt={endsAt.toISOString()}
        locale={locale}
        labels={{ before: t("startsIn", { time: "{time}" }), after: t("startedAgo", { time: "{time}" }), ended: t("ended") }}
      />
      <p>
        {t("localStartHere", { time: timeLabel(startsAt, zone, locale) })} · <CityClock zone={zone} locale={locale} />
      </p>
      <ReadinessChecks passes={readiness.passes} />
      <div className="day-of__buttons">
        <ActionButton
          action={markCityAction.bind(null, slug, citySlug, "stream", !readiness.streamCheckedAt)}
          label={readiness.streamCheckedAt ? t("streamUndo") : t("streamDo")}
        >
          {readiness.streamCheckedAt ? t("streamUndo") : t("streamDo")}
        </ActionButton>
        <ActionButton
          action={markCityAction.bind(null, slug, citySlug, "ready", !readiness.readyAt)}
          label={readiness.readyAt ? t("readyUndo") : t("readyDo")}
          className={readiness.readyAt ? "button button--small" : "button button--small button--primary"}
        >
          {readiness.readyAt ? t("readyUndo") : t("readyDo")}
        </ActionButton>
      </div>
      {readiness.readyAt ? <p className="form-success">{t("readySince")}</p> : null}
    </section>
  );
}
