"use client";
/**
 * A city's attendee registration settings (app/[locale]/dashboard/.../attendees): open, the
 * closing time in the city's clock, approval, seats per person, a private address. Works
 * without JavaScript too (the server action answers with the re-rendered page).
 */
import { useActionState } from "react";
import { FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";

type Labels = { open: string; closesAt: string; closesAtProblem: string; approval: string; maxSeats: string; addressPrivate: string; save: string };

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  initial: { open: boolean; closesAt: string; approval: boolean; maxSeatsPerPerson: number; addressPrivate: boolean };
  labels: Labels;
};

export function AttendeeSettingsForm({ action, initial, labels }: Props) {
  const [state, run, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const value = (key: string, fallback: string) => failed?.values?.[key] ?? fallback;
  const checked = (key: string, fallback: boolean) => (failed?.values ? failed.values[key] === "on" : fallback);
  const closesAtError = failed?.fieldErrors.closesAt;
  return (
    <form action={run} className="form" data-testid="attendee-settings">
      <FormMessage result={state} />
      <label className="check">
        <input type="checkbox" name="open" defaultChecked={checked("open", initial.open)} /> {labels.open}
      </label>
      <div className="field">
        <label htmlFor="closes-at">{labels.closesAt}</label>
        <input
          id="closes-at"
          name="closesAt"
          type="datetime-local"
          defaultValue={value("closesAt", initial.closesAt)}
          aria-invalid={closesAtError ? true : undefined}
          aria-describedby={closesAtError ? "closes-at-error" : undefined}
        />
        {closesAtError ? (
          <p id="closes-at-error" className="field-error">
            {labels.closesAtProblem}
          </p>
        ) : null}
      </div>
      <label className="check">
        <input type="checkbox" name="approval" defaultChecked={checked("approval", initial.approval)} /> {labels.approval}
      </label>
      <div className="field">
        <label htmlFor="max-seats">{labels.maxSeats}</label>
        <input
          id="max-seats"
          name="maxSeatsPerPerson"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          defaultValue={value("maxSeatsPerPerson", String(initial.maxSeatsPerPerson))}
          required
        />
      </div>
      <label className="check">
        <input type="checkbox" name="addressPrivate" defaultChecked={checked("addressPrivate", initial.addressPrivate)} /> {labels.addressPrivate}
      </label>
      <button type="submit" className="button button--primary" disabled={pending}>
        {labels.save}
      </button>
    </form>
  );
}
