// /sign-up: a city organizer creates an account (no powers until a city is approved).
import type { Metadata } from "next";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/guards";
import { findInvitation } from "@/lib/data/invitations";
import { pageLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/app/[locale]/sign-up/sign-up-form";

// Per-user: never cached.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignUp" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  await pageLocale(params);
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("SignUp");
  const token = singleParam((await searchParams).invite);
  const invitation = await findInvitation(token);
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {token && !invitation ? <p className="banner banner--bad">{t("inviteInvalid")}</p> : null}
      {invitation ? <p className="form-success">{t("invited", { email: invitation.email })}</p> : null}
      <SignUpForm invite={invitation && token ? { token, email: invitation.email, name: invitation.name } : undefined} />
      <p className="small">
        {t("haveAccount")} <Link href="/sign-in">{t("signIn")}</Link>
      </p>
    </section>
  );
}
