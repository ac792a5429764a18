"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/form-field";
import { NewPasswordFields } from "@/components/new-password-fields";
import type { FormResult } from "@/lib/forms";
import { chooseNewPasswordAction } from "./actions";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Password");
  const [state, action, pending] = useActionState<FormResult | null, FormData>(chooseNewPasswordAction.bind(null, token), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="form card" noValidate>
      {/* For password managers: whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields errors={errors} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
      <FormMessage result={state && !state.ok ? state : null} />
    </form>
  );
}
