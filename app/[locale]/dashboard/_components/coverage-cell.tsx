"use client";
/** One cell of the coverage board: who is assigned, their status, and a form to fill the gap. */
import { ActionButton } from "@/components/action-button";
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { FormResult } from "@/lib/forms";
import { useResultText } from "@/components/form-field";
import { ASSIGNMENT_ROLES } from "@/lib/validation/speaker";
import { assignAction, removeAssignmentAction, setStatusAction, type AssignResult } from "@/app/[locale]/dashboard/speaker-actions";

type Assignment = { id: string; name: string; role: string; status: string; conflicts: string[] };
type Props = {
  eventSlug: string;
  itemId: string;
  itemTitle: string;
  language: { code: string; name: string };
  assignments: Assignment[];
  speakers: { id: string; name: string; speaks: boolean }[];
};

function StatusButtons({ eventSlug, itemId, assignment }: { eventSlug: string; itemId: string; assignment: Assignment }) {
  const t = useTranslations("Coverage");
  const [state, action] = useActionState<FormResult | null, FormData>(async (previous, data) => {
    const status = data.get("status") as "invited" | "confirmed" | "declined";
    return setStatusAction(eventSlug, itemId, assignment.id, status, previous);
  }, null);
  const refusal = useResultText(state && !state.ok ? state : null);
  return (
    <form action={action} className="status-buttons">
      {(["confirmed", "declined", "invited"] as const)
        .filter((s) => s !== assignment.status)
        .map((s) => (
          <button key={s} type="submit" name="status" value={s} className="button button--tiny" aria-label={t(`mark.${s}`, { name: assignment.name })}>
            {t(`short.${s}`)}
          </button>
        ))}
      {state && !state.ok ? (
        <span className="field-error" role="alert">
          {refusal}
        </span>
      ) : null}
    </form>
  );
}

export function CoverageCell({ eventSlug, itemId, itemTitle, language, assignments, speakers }: Props) {
  const t = useTranslations("Coverage");
  const [state, action, pending] = useActionState<AssignResult | null, FormData>(assignAction.bind(null, eventSlug, itemId, language.code), null);
  const answer = useResultText(state);
  const idBase = `assign-${itemId.slice(0, 8)}-${language.code}`;
  // Submitted in a transition rather than through `action`, so a refused assignment keeps
  // the chosen person and role for the next try.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <div className="cell">
      <ul className="cell__people">
        {assignments.map((a) => (
          <li key={a.id} className={`person person--${a.status}${a.conflicts.length ? " person--conflict" : ""}`}>
            <span>
              <bdi>{a.name}</bdi> <span className="muted small">{t(`roles.${a.role}`)}</span>{" "}
              <span className={`badge badge--${a.status === "confirmed" ? "good" : a.status === "declined" ? "bad" : "warn"}`}>{t(`status.${a.status}`)}</span>
            </span>
            {a.conflicts.length ? (
              <span className="warning small block" role="note">
                {t("conflict", { with: a.conflicts.join("; ") })}
              </span>
            ) : null}
            <span className="cell__actions">
              <StatusButtons eventSlug={eventSlug} itemId={itemId} assignment={a} />
              <ActionButton
                action={removeAssignmentAction.bind(null, eventSlug, itemId, a.id)}
                className="button button--tiny"
                label={t("remove", { name: a.name })}
                confirm={{
                  message: t("removeQuestion", { name: a.name, role: t(`roles.${a.role}`), item: itemTitle, language: language.name }),
                  action: t("removeConfirm"),
                  danger: true,
                }}
              >
                ×
              </ActionButton>
            </span>
          </li>
        ))}
      </ul>
      <details className="cell__add">
        <summary aria-label={t("addFor", { item: itemTitle, language: language.name })}>{t("add")}</summary>
        <form onSubmit={onSubmit} className="cell__form">
          <label htmlFor={`${idBase}-speaker`}>{t("person")}</label>
          <select id={`${idBase}-speaker`} name="speakerId" required defaultValue="">
            <option value="" disabled>
              {t("choose")}
            </option>
            <optgroup label={t("speaks", { language: language.name })}>
              {speakers
                .filter((s) => s.speaks)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </optgroup>
            <optgroup label={t("others")}>
              {speakers
                .filter((s) => !s.speaks)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </optgroup>
          </select>
          <label htmlFor={`${idBase}-role`}>{t("role")}</label>
          <select id={`${idBase}-role`} name="role" defaultValue="speaker">
            {ASSIGNMENT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small" disabled={pending}>
            {t("assign")}
          </button>
          {state ? (
            <p className={state.ok ? (state.data.warnings.length ? "warning small" : "form-success small") : "field-error"} role="status">
              {state.ok && state.data.warnings.length ? state.data.warnings.join(" ") : answer}
            </p>
          ) : null}
        </form>
      </details>
    </div>
  );
}
