"use client";
/**
 * A one-button form for a server action that needs no fields (move, delete, remove). The
 * action answers a form result; a refusal is said next to the button instead of breaking
 * the page, and the page is refreshed, because a refusal usually means it is out of date
 * (someone else deleted or moved the item first: its row then simply goes away).
 */
import { useActionState, useEffect, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import type { FormResult } from "@/lib/forms";
import { useResultText } from "@/components/form-field";

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  children: ReactNode;
  label: string;
  className?: string;
  disabled?: boolean;
};

export function ActionButton({ action, children, label, className = "button button--small", disabled = false }: Props) {
  const [state, run, pending] = useActionState(action, null);
  const router = useRouter();
  const refusal = useResultText(state && !state.ok ? state : null);
  useEffect(() => {
    if (state && !state.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={run} className="action-button">
      <button type="submit" className={className} disabled={disabled || pending} aria-label={label}>
        {children}
      </button>
      {state && !state.ok ? (
        <p className="form-error small" role="alert">
          {refusal}
        </p>
      ) : null}
    </form>
  );
}
