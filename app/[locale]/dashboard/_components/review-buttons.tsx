"use client";
/**
 * Reviewing host cities: approve or reject one (on its card or its details page), approve
 * several at once (the review board), and say what happened where the coordinator is looking.
 * A card leaves the pending list once decided, so its answer is said by the board above the
 * list, which stays; it is announced to screen readers too (role="status").
 */
import { createContext, useActionState, useContext, useEffect, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage, useResultText } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { ActionButton } from "@/components/action-button";
import { approveCitiesAction, reviewCityAction, withdrawCityAction } from "@/app/[locale]/dashboard/city-actions";

/** The board's "say it above the list"; outside a board (the details page) the buttons say it themselves. */
const Announce = createContext<((text: string) => void) | null>(null);

/** The pending list with its announcements and "approve the checked cities". */
export function ReviewBoard({ count, children }: { count: number; children: ReactNode }) {
  const t = useTranslations("Review");
  const [said, setSaid] = useState<string[]>([]);
  const [bulk, approveChecked, pending] = useActionState<FormResult | null, FormData>(approveCitiesAction, null);
  const bulkText = useResultText(bulk);
  useEffect(() => {
    if (bulkText) setSaid((list) => [bulkText, ...list].slice(0, 5));
  }, [bulk, bulkText]);
  return (
    <Announce.Provider value={(text) => setSaid((list) => [text, ...list].slice(0, 5))}>
      <div role="status" aria-live="polite" data-testid="review-news">
        {said.map((text, index) => (
          <p key={`${index}-${text}`} className={bulk && !bulk.ok && index === 0 ? "form-error" : "form-success"}>
            {text}
          </p>
        ))}
      </div>
      {count > 1 ? (
        <form id="approve-checked" action={approveChecked} className="review-bulk">
          <button type="submit" className="button" disabled={pending}>
            {t("approveChecked")}
          </button>
          <span className="muted small">{t("approveCheckedHint")}</span>
        </form>
      ) : null}
      {children}
    </Announce.Provider>
  );
}

/** "Select Oslo for approval": a checkbox of the board's bulk form, placed on the city's card. */
export function ReviewCheck({ eventSlug, citySlug, cityName }: { eventSlug: string; citySlug: string; cityName: string }) {
  const t = useTranslations("Review");
  return (
    <label className="check">
      <input type="checkbox" name="city" value={`${eventSlug}/${citySlug}`} form="approve-checked" /> {t("select", { city: cityName })}
    </label>
  );
}

type Props = { eventSlug: string; citySlug: string; cityName: string; eventTitle?: string; pending?: boolean };

export function ReviewButtons({ eventSlug, citySlug, cityName, eventTitle = "", pending = true }: Props) {
  const t = useTranslations("Review");
  const announce = useContext(Announce);
  // The decision is announced as soon as it is answered: on the board, this card is gone
  // from the refreshed list in the same render that would have shown its answer.
  const decide = (decision: "approve" | "reject") => async (state: FormResult | null, data: FormData) => {
    const result = await reviewCityAction(eventSlug, citySlug, decision, state, data);
    if (announce && result.ok) announce(t(decision === "approve" ? "approvedCity" : "rejectedCity", { city: cityName, event: eventTitle }));
    return result;
  };
  const [approved, approve, approving] = useActionState<FormResult | null, FormData>(decide("approve"), null);
  const [rejected, reject, rejecting] = useActionState<FormResult | null, FormData>(decide("reject"), null);
  const result = rejected ?? approved;
  const errors = rejected && !rejected.ok ? rejected.fieldErrors : {};
  return (
    <div className="review">
      {announce && result?.ok ? null : <FormMessage result={result} />}
      {pending ? (
        <>
          <form action={approve}>
            <button type="submit" className="button button--primary" disabled={approving} aria-label={t("approveCity", { city: cityName, event: eventTitle })}>
              {t("approve")}
            </button>
          </form>
          <details className="reject" open={Boolean(errors.reason)}>
            <summary>{t("rejectToggle")}</summary>
            <form action={reject} className="form">
              <FormField idPrefix={`review-${citySlug}`} name="reason" label={t("reason")} errors={errors.reason}>
                {(control) => <textarea {...control} />}
              </FormField>
              <button type="submit" className="button" disabled={rejecting} aria-label={t("rejectCity", { city: cityName, event: eventTitle })}>
                {t("reject")}
              </button>
            </form>
          </details>
        </>
      ) : null}
    </div>
  );
}

export function WithdrawButton({ eventSlug, citySlug, cityName }: Props) {
  const t = useTranslations("Review");
  return (
    <ActionButton
      action={withdrawCityAction.bind(null, eventSlug, citySlug)}
      className="button"
      label={t("withdraw")}
      confirm={{ message: t("withdrawConfirm", { city: cityName }), action: t("withdrawConfirmButton"), danger: true }}
    >
      {t("withdraw")}
    </ActionButton>
  );
}
