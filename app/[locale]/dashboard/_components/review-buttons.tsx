"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { reviewCityAction, withdrawCityAction } from "@/app/[locale]/dashboard/city-actions";

type Props = { eventSlug: string; citySlug: string; cityName: string; eventTitle?: string };

export function ReviewButtons({ eventSlug, citySlug, cityName, eventTitle = "" }: Props) {
  const t = useTranslations("Review");
  const [approved, approve, approving] = useActionState<FormResult | null, FormData>(reviewCityAction.bind(null, eventSlug, citySlug, "approve"), null);
  const [rejected, reject, rejecting] = useActionState<FormResult | null, FormData>(reviewCityAction.bind(null, eventSlug, citySlug, "reject"), null);
  const result = rejected ?? approved;
  const errors = rejected && !rejected.ok ? rejected.fieldErrors : {};
  return (
    <div className="review">
      <FormMessage result={result} />
      <form action={approve}>
        <button type="submit" className="button button--primary" disabled={approving} aria-label={t("approveCity", { city: cityName, event: eventTitle })}>
          {t("approve")}
        </button>
      </form>
      <details className="reject" open={Boolean(errors.reason)}>
        <summary>{t("rejectToggle")}</summary>
        <form action={reject} className="form">
          <FormField name={`reason`} label={t("reason")} errors={errors.reason}>
            {(control) => <textarea {...control} id={`reason-${citySlug}`} />}
          </FormField>
          <button type="submit" className="button" disabled={rejecting} aria-label={t("rejectCity", { city: cityName, event: eventTitle })}>
            {t("reject")}
          </button>
        </form>
      </details>
    </div>
  );
}

export function WithdrawButton({ eventSlug, citySlug, cityName }: Props) {
  const t = useTranslations("Review");
  const [state, withdraw, pending] = useActionState<FormResult | null, FormData>(withdrawCityAction.bind(null, eventSlug, citySlug), null);
  return (
    <form
      action={withdraw}
      onSubmit={(event) => {
        if (!window.confirm(t("withdrawConfirm", { city: cityName }))) event.preventDefault();
      }}
    >
      <FormMessage result={state} />
      <button type="submit" className="button" disabled={pending}>
        {t("withdraw")}
      </button>
    </form>
  );
}
