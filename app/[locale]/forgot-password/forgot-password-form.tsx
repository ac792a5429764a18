"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations("ForgotPassword");
  const [state, action, pending] = useActionState<FormResult | null, FormData>(forgotPasswordAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="form card" noValidate>
      <FormField
        name="email"
        label={t("email")}
        type="email"
        required
        autoComplete="email"
        errors={errors.email}
        defaultValue={state && !state.ok ? state.values?.email : undefined}
      />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("submit")}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
