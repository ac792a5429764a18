// /dashboard/events/{slug}/register: a signed-in organizer registers a city venue.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUser, pageRead } from "@/lib/auth/guards";
import { eventWithLanguages } from "@/lib/data/dashboard";
import { can } from "@/lib/auth/permissions";
import { languageName } from "@/lib/languages";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { formatDateLong, timeLabel } from "@/lib/time";
import { registerCityAction } from "@/app/[locale]/dashboard/city-actions";
import { CityForm } from "@/app/[locale]/dashboard/_components/city-form";
import { cityFormOptions } from "@/app/[locale]/dashboard/_components/city-form-options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Register" });
  return { title: t("title") };
}

export default async function RegisterCityPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const user = await pageUser(`/dashboard/events/${slug}/register`);
  const t = await getTranslations("Register");
  const event = await pageRead(eventWithLanguages(user, slug));
  const open = event.status === "PUBLISHED" && event.registrationOpen && can(user.role, "city.register");

  return (
    <section className="narrow narrow--wide">
      <p className="breadcrumb">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p>
        <strong>{event.title}</strong>
        <br />
        <bdi>
          {formatDateLong(event.startsAt, event.anchorTimeZone, locale)}, {timeLabel(event.startsAt, event.anchorTimeZone, locale)}
        </bdi>{" "}
        <span className="muted">({event.anchorTimeZone})</span>
      </p>
      {open ? (
        <>
          <p className="muted">{t("intro")}</p>
          <CityForm
            action={registerCityAction.bind(null, event.slug)}
            initial={{
              name: "",
              countryCode: "",
              timeZone: "",
              venueName: "",
              venueAddress: "",
              venueCapacity: "",
              venueAccessibility: "",
              contactName: user.name,
              contactEmail: user.email,
              contactPhone: "",
              languages: event.languages.map((l) => l.code),
            }}
            {...cityFormOptions(locale, event.startsAt)}
            eventStartsAt={event.startsAt.toISOString()}
            eventLanguages={event.languages.map((l) => ({ code: l.code, name: languageName(l.code, locale) }))}
            submitLabel={t("submit")}
            locale={locale}
          />
        </>
      ) : (
        <p className="banner">{t("closed")}</p>
      )}
    </section>
  );
}
