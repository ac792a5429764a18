// /forgot-password: an e-mail address; a one-time link to choose a new password is mailed to it if it has an account.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { ForgotPasswordForm } from "./forgot-password-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ForgotPassword" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  await pageLocale(params);
  const t = await getTranslations("ForgotPassword");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ForgotPasswordForm />
      <p className="small">
        <Link href="/sign-in">{t("back")}</Link>
      </p>
    </section>
  );
}
