"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage } from "@/components/form-field";
import { NewPasswordFields } from "@/components/new-password-fields";
import type { FormResult } from "@/lib/forms";
import { changePasswordAction } from "@/app/[locale]/dashboard/password/actions";

export function ChangePasswordForm({ callbackUrl, email, temporary }: { callbackUrl: string; email: string; temporary: boolean }) {
  const t = useTranslations("Password");
  const [state, action, pending] = useActionState<FormResult | null, FormData>(changePasswordAction.bind(null, callbackUrl), null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="form card" noValidate>
      {/* For password managers: whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        name="currentPassword"
        label={temporary ? t("temporary") : t("current")}
        type="password"
        required
        autoComplete="current-password"
        errors={errors.currentPassword}
      />
      <NewPasswordFields errors={errors} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </button>
      <FormMessage result={state && !state.ok ? state : null} />
    </form>
  );
}
