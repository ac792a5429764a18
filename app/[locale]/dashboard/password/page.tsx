// /dashboard/password: choose a new password. Someone signed in with an admin's temporary
// password is sent here from every other page until they have chosen their own.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CHANGE_PASSWORD_PATH, pageUser } from "@/lib/auth/guards";
import { pageLocale } from "@/lib/i18n/locale";
import { internalPath } from "@/lib/redirect";
import { singleParam, type SearchParams } from "@/lib/search-params";
import { signOutAction } from "@/app/[locale]/sign-in/actions";
import { ChangePasswordForm } from "@/app/[locale]/dashboard/password/change-password-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Password" });
  return { title: t("title") };
}

export default async function ChangePasswordPage({ params, searchParams }: Props) {
  await pageLocale(params);
  const user = await pageUser(CHANGE_PASSWORD_PATH, { temporaryPassword: "allowed" });
  const callbackUrl = internalPath(singleParam((await searchParams).callbackUrl), "/dashboard");
  const t = await getTranslations("Password");
  return (
    <section className="narrow">
      <h1>{t("title")}</h1>
      {user.mustChangePassword ? (
        <p className="banner" role="status" data-testid="must-change">
          {t("forced")}
        </p>
      ) : (
        <p className="muted">{t("intro")}</p>
      )}
      <ChangePasswordForm callbackUrl={callbackUrl} email={user.email} temporary={user.mustChangePassword} />
      {user.mustChangePassword ? (
        <form action={signOutAction}>
          <button type="submit" className="button">
            {t("signOut")}
          </button>
        </form>
      ) : null}
    </section>
  );
}
