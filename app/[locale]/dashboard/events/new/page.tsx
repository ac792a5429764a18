// /dashboard/events/new: a coordinator creates a draft event.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageUser } from "@/lib/auth/guards";
import { LANGUAGE_CODES, languageName } from "@/lib/languages";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { zoneOptions } from "@/lib/time/zone-options";
import { ZoneOptionsProvider } from "@/components/zone-picker";
import { createEventAction } from "@/app/[locale]/dashboard/program-actions";
import { NewEventForm } from "@/app/[locale]/dashboard/_components/program-forms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProgramEditor" });
  return { title: t("newEvent") };
}

export default async function NewEventPage({ params }: Props) {
  const locale = await pageLocale(params);
  await pageUser("/dashboard/events/new", { permission: "event.create" });
  const t = await getTranslations("ProgramEditor");
  return (
    <section className="narrow narrow--wide">
      <p className="breadcrumb">
        <Link href="/dashboard">{t("back")}</Link>
      </p>
      <h1>{t("newEvent")}</h1>
      <p className="muted">{t("newEventIntro")}</p>
      <ZoneOptionsProvider options={zoneOptions(locale)}>
        <NewEventForm
          action={createEventAction}
          languages={LANGUAGE_CODES.map((code) => ({ code, name: languageName(code, locale) }))}
          defaultZone="Europe/Paris"
        />
      </ZoneOptionsProvider>
    </section>
  );
}
