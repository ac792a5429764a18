"use client";
import { useActionState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { signInAction, type SignInState } from "@/app/[locale]/sign-in/actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("SignIn");
  const tResults = useTranslations("Results");
  const format = useFormatter();
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, null);
  const errors = state?.fieldErrors ?? {};
  const message = !state
    ? undefined
    : state.code === "rate_limited"
      ? t("rateLimited", { when: format.relativeTime(Date.now() + (state.retryAfter ?? 60) * 1000, Date.now()) })
      : state.code === "invalid_credentials"
        ? t("invalidCredentials")
        : state.code === "password_expired"
          ? t("passwordExpired")
          : state.code === "account_disabled"
            ? t("accountDisabled")
            : state.code === "email_unverified"
              ? t("emailUnverified")
              : tResults("check_fields");
  return (
    <form action={action} className="form card" noValidate>
      <div aria-live="polite" id="form-message">
        {message ? (
          <p className="form-error" data-testid="sign-in-error">
            {message}
          </p>
        ) : null}
      </div>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField name="email" label={t("email")} type="email" autoComplete="username" required defaultValue={state?.email} errors={errors.email} />
      <FormField name="password" label={t("password")} type="password" autoComplete="current-password" required errors={errors.password} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
