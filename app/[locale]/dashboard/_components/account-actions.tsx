"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { FormResult } from "@/lib/forms";
import { useResultText } from "@/components/form-field";
import { resetPasswordAction, setDisabledAction, setRoleAction } from "@/app/[locale]/dashboard/account-actions";

export function AccountActions({ userId, name, role, disabled, self }: { userId: string; name: string; role: string; disabled: boolean; self: boolean }) {
  const t = useTranslations("Accounts");
  const [roleState, roleAction] = useActionState<FormResult | null, FormData>(setRoleAction.bind(null, userId), null);
  const [disableState, disableAction] = useActionState<FormResult | null, FormData>(setDisabledAction.bind(null, userId, !disabled), null);
  const [reset, resetAction] = useActionState<FormResult<{ password: string }> | null, FormData>(resetPasswordAction.bind(null, userId), null);
  const error = useResultText([roleState, disableState, reset].find((s) => s && !s.ok));
  if (self) return <span className="muted small">{t("you")}</span>;
  return (
    <div className="account-actions">
      <form action={roleAction} className="inline-form">
        <label className="visually-hidden" htmlFor={`role-${userId}`}>
          {t("roleFor", { name })}
        </label>
        <select id={`role-${userId}`} name="role" defaultValue={role.toLowerCase()}>
          {["organizer", "coordinator", "admin"].map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--tiny">
          {t("saveRole")}
        </button>
      </form>
      <form action={disableAction}>
        <button type="submit" className="button button--tiny">
          {disabled ? t("enable") : t("disable")}
          <span className="visually-hidden"> {name}</span>
        </button>
      </form>
      <form action={resetAction}>
        <button type="submit" className="button button--tiny">
          {t("reset")}
          <span className="visually-hidden"> {name}</span>
        </button>
      </form>
      {reset?.ok ? (
        <p className="small" role="status" data-testid="temporary-password">
          {t("temporary")} <code dir="ltr">{reset.data.password}</code>
        </p>
      ) : null}
      {error ? (
        <p className="field-error small" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
