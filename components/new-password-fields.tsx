"use client";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";

/** The new password, typed twice (changing it while signed in, or through a reset link). */
export function NewPasswordFields({ errors }: { errors: Record<string, string[] | undefined> }) {
  const t = useTranslations("Password");
  return (
    <>
      <FormField name="newPassword" label={t("new")} type="password" required autoComplete="new-password" hint={t("hint")} errors={errors.newPassword} />
      <FormField name="confirmPassword" label={t("confirm")} type="password" required autoComplete="new-password" errors={errors.confirmPassword} />
    </>
  );
}
