// /sign-in: email and password for organizers, coordinators and admins.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/lib/i18n/locale";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/guards";
import { internalPath } from "@/lib/redirect";
import { Link } from "@/lib/i18n/navigation";
import { SignInForm } from "@/app/[locale]/sign-in/sign-in-form";

// Per-user: never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string | string[]; verified?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const query = await searchParams;
  const callbackUrl = internalPath(query.callbackUrl, "/dashboard");
  if (await currentUser()) redirect(callbackUrl);
  const t = await getTranslations("SignIn");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {query.verified === "1" ? (
        <p role="status" className="banner banner--good">
          {t("verified")}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="small">
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
      <p className="small">
        {t("noAccount")} <Link href="/sign-up">{t("signUp")}</Link>
      </p>
    </section>
  );
}
