// /reset-password?token=: choose a new password through the one-time link mailed by /forgot-password.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { accountOfResetToken } from "@/lib/data/password-resets";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { ResetPasswordForm } from "./reset-password-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

// The address holds a key: never indexed, never sent to another site as a Referer.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ForgotPassword" });
  return { title: t("chooseTitle"), robots: { index: false }, referrer: "same-origin" };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const token = singleParam((await searchParams).token) ?? "";
  const account = await accountOfResetToken(token);
  const t = await getTranslations("ForgotPassword");
  return (
    <section className="narrow">
      <h1>{t("chooseTitle")}</h1>
      {account ? (
        <>
          <p className="muted">{t("chooseIntro", { email: account.email })}</p>
          <ResetPasswordForm token={token} email={account.email} />
        </>
      ) : (
        <p role="alert" className="banner banner--bad">
          {t("expired")} <Link href="/forgot-password">{t("askAgain")}</Link>
        </p>
      )}
    </section>
  );
}
