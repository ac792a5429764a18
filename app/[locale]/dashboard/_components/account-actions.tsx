"use client";
import { useActionState, useState } from "react";
import { ConfirmSubmit } from "@/components/action-button";
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
  const [chosen, setChosen] = useState(role.toLowerCase());
  if (self) return <span className="muted small">{t("you")}</span>;
  return (
    <div className="account-actions">
      <form action={roleAction} className="inline-form">
        <label className="visually-hidden" htmlFor={`role-${userId}`}>
          {t("roleFor", { name })}
        </label>
        <select id={`role-${userId}`} name="role" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          {["organizer", "coordinator", "admin"].map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        <ConfirmSubmit
          className="button button--tiny"
          label={t("saveRoleFor", { name })}
          disabled={chosen === role.toLowerCase()}
          confirm={{ message: t(`roleQuestion.${chosen}`, { name }), action: t("saveRole") }}
        >
          {t("saveRole")}
        </ConfirmSubmit>
      </form>
      <form action={disableAction}>
        {disabled ? (
          <button type="submit" className="button button--tiny">
            {t("enable")}
            <span className="visually-hidden"> {name}</span>
          </button>
        ) : (
          <ConfirmSubmit
            className="button button--tiny"
            label={t("disableFor", { name })}
            confirm={{ message: t("disableQuestion", { name }), action: t("disable"), danger: true }}
          >
            {t("disable")}
          </ConfirmSubmit>
        )}
      </form>
      <form action={resetAction}>
        <ConfirmSubmit className="button button--tiny" label={t("resetFor", { name })} confirm={{ message: t("resetQuestion", { name }), action: t("reset") }}>
          {t("reset")}
        </ConfirmSubmit>
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
