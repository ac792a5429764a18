// /dashboard/events/{slug}/cities/{citySlug}/door[?code=…]: checking attendees in at the door, from a
// phone (door-check-in.tsx). A QR code scanned by any phone's camera opens this page with its code.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageRead, pageUser } from "@/lib/auth/guards";
import { registrationCity } from "@/lib/data/registrations";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { DoorCheckIn } from "./door-check-in";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string; citySlug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "Door" }))("title") };
}

export default async function DoorPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const { slug, citySlug } = await params;
  const base = `/dashboard/events/${slug}/cities/${citySlug}`;
  const code = singleParam((await searchParams).code) ?? "";
  const user = await pageUser(`${base}/door${code ? `?code=${encodeURIComponent(code)}` : ""}`);
  // Who may not check the city's attendees in gets the 403 page here, not an empty door.
  const city = await pageRead(registrationCity(user, slug, citySlug, "checkIn"));
  const t = await getTranslations("Door");
  return (
    <section className="narrow">
      <p className="breadcrumb">
        {/* Door volunteers see the door only: their way back is the dashboard. */}
        <Link href={city.reads ? `${base}/attendees` : "/dashboard"}>{city.reads ? t("back") : t("dashboard")}</Link>
      </p>
      <h1>{t("heading", { city: city.name })}</h1>
      <DoorCheckIn
        eventSlug={slug}
        citySlug={citySlug}
        initialCode={code
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, "")
          .slice(0, 12)}
        locale={locale}
        timeZone={city.timeZone}
      />
    </section>
  );
}
