// /verify-email?token=: confirms the address of a new account with a button (mail scanners open
// links; only a person presses the button). Works without JavaScript.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { verificationIsOpen } from "@/lib/data/email-verification";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { confirmEmailAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "VerifyEmail" });
  return { title: t("title"), robots: { index: false }, referrer: "same-origin" };
}

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const token = singleParam((await searchParams).token) ?? "";
  const open = await verificationIsOpen(token);
  const t = await getTranslations("VerifyEmail");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      {open ? (
        <form action={confirmEmailAction.bind(null, token)} className="form card">
          <p>{t("intro")}</p>
          <button type="submit" className="button button--primary">
            {t("confirm")}
          </button>
        </form>
      ) : (
        <p role="alert" className="banner banner--bad">
          {t("expired")} <Link href="/sign-in">→</Link>
        </p>
      )}
    </section>
  );
}
