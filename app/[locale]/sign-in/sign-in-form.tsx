"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInAction, type SignInState } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("SignIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, null);
  const errors = state?.fieldErrors ?? {};
  const message = state?.message === "invalidCredentials" || state?.message === "rateLimited" ? t(state.message) : state?.message;
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
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
        />
        {errors.email ? (
          <p id="email-error" className="field-error">
            {errors.email.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
        />
        {errors.password ? (
          <p id="password-error" className="field-error">
            {errors.password.join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
