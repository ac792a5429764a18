"use client";
/**
 * A one-button form for a server action that needs no fields (move, delete, remove). The
 * action answers a form result; a refusal (someone else deleted it first, a session that
 * ended) is said next to the button instead of breaking the page.
 */
import { useActionState, type ReactNode } from "react";
import type { FormResult } from "@/lib/forms";

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  children: ReactNode;
  label: string;
  className?: string;
  disabled?: boolean;
};

export function ActionButton({ action, children, label, className = "button button--small", disabled = false }: Props) {
  const [state, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="action-button">
      <button type="submit" className={className} disabled={disabled || pending} aria-label={label}>
        {children}
      </button>
      {state && !state.ok ? (
        <p className="form-error small" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
