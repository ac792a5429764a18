"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage } from "@/components/form-field";
import { inviteAction, type InviteResult } from "@/app/[locale]/dashboard/invite-actions";

export function InviteForm() {
  const t = useTranslations("Invite");
  const [state, action, pending] = useActionState<InviteResult | null, FormData>(inviteAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const link = state?.ok ? `${window.location.origin}${state.data.link}` : null;
  return (
    <form action={action} className="form card">
      <FormField name="email" label={t("email")} type="email" required errors={errors.email} />
      <FormField name="name" label={t("name")} errors={errors.name} />
      <button type="submit" className="button" disabled={pending}>
        {t("submit")}
      </button>
      <FormMessage result={state && !state.ok ? state : null} />
      {link && state?.ok ? (
        <div className="form-success" data-testid="invite-link">
          <p>{t("created", { email: state.data.email })}</p>
          <input className="copy-field" readOnly value={link} aria-label={t("linkLabel")} onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
    </form>
  );
}
