"use client";
/**
 * A one-button form for a server action that needs no fields (move, delete, remove). The
 * action answers a form result; a refusal is said next to the button instead of breaking
 * the page, and the page is refreshed, because a refusal usually means it is out of date
 * (someone else deleted or moved the item first: its row then simply goes away).
 * With `confirm`, the press opens a dialog that says what will happen (times that change, what
 * is deleted with it) and asks; nothing is sent until the person confirms.
 */
import { useActionState, useEffect, useId, useRef, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FormResult } from "@/lib/forms";
import { useResultText } from "@/components/form-field";

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  children: ReactNode;
  label: string;
  className?: string;
  disabled?: boolean;
  /** Ask first: what the action will do, and the confirming button's label ("Move", "Delete"). */
  confirm?: { message: ReactNode; action: string; danger?: boolean };
};

export function ActionButton({ action, children, label, className = "button button--small", disabled = false, confirm }: Props) {
  const [state, run, pending] = useActionState(action, null);
  const router = useRouter();
  const refusal = useResultText(state && !state.ok ? state : null);
  useEffect(() => {
    if (state && !state.ok) router.refresh();
  }, [state, router]);

  return (
    <form action={run} className="action-button">
      {confirm ? (
        <ConfirmSubmit className={className} label={label} disabled={disabled || pending} confirm={confirm}>
          {children}
        </ConfirmSubmit>
      ) : (
        <button type="submit" className={className} disabled={disabled || pending} aria-label={label}>
          {children}
        </button>
      )}
      {state && !state.ok ? (
        <p className="form-error small" role="alert">
          {refusal}
        </p>
      ) : null}
    </form>
  );
}

type ConfirmProps = { children: ReactNode; label?: string; className: string; disabled?: boolean; confirm: NonNullable<Props["confirm"]> };

/**
 * A form's submit button that asks first: it opens a modal dialog (focus moves into it, Escape
 * closes it, it fits any screen) saying what will happen; only its confirming button submits
 * the form it sits in, with the form's fields.
 */
export function ConfirmSubmit({ children, label, className, disabled = false, confirm }: ConfirmProps) {
  const t = useTranslations("Layout");
  const questionId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className={className} disabled={disabled} aria-label={label} aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {children}
      </button>
      <dialog ref={dialog} className="confirm" aria-labelledby={questionId} data-testid="confirm">
        <p id={questionId}>{confirm.message}</p>
        <div className="confirm__buttons">
          <button
            type="submit"
            className={`button ${confirm.danger ? "button--danger" : "button--primary"}`}
            disabled={disabled}
            autoFocus
            onClick={() => dialog.current?.close()}
          >
            {confirm.action}
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </div>
      </dialog>
    </>
  );
}
