"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { INTERFACE_LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { signUpAction } from "@/app/[locale]/sign-up/actions";

const LANGUAGES = INTERFACE_LOCALES.map((code) => [code, LOCALE_NAMES[code]] as const);

export function SignUpForm({ invite }: { invite?: { token: string; email: string; name: string } }) {
  const t = useTranslations("SignUp");
  const [state, action, pending] = useActionState<FormResult | null, FormData>(signUpAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  // Done: the rest happens in the mailbox (the same answer whether or not the address had an account).
  if (state?.ok) {
    return (
      <div className="card">
        <FormMessage result={state} />
      </div>
    );
  }
  return (
    <form action={action} className="form card" noValidate>
      {invite ? <input type="hidden" name="invite" value={invite.token} /> : null}
      <FormField name="name" label={t("name")} required autoComplete="name" defaultValue={values.name ?? invite?.name} errors={errors.name} />
      <FormField
        name="email"
        label={t("email")}
        type="email"
        required
        autoComplete="email"
        defaultValue={values.email ?? invite?.email}
        errors={errors.email}
      />
      <FormField name="password" label={t("password")} type="password" required autoComplete="new-password" hint={t("passwordHint")} errors={errors.password} />
      <FormField name="locale" label={t("language")} errors={errors.locale}>
        {(control) => (
          <select {...control} defaultValue={values.locale ?? "en"}>
            {LANGUAGES.map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
      <FormMessage result={state && !state.ok ? state : null} />
    </form>
  );
}
