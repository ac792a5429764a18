"use client";
/** Asking someone onto a city's team: a co-organizer, or a door volunteer who only checks attendees in. */
import { useActionState } from "react";
import { FormField, FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  labels: { email: string; name: string; role: string; organizer: string; door: string; submit: string };
};

export function TeamForm({ action, labels }: Props) {
  const [state, run, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={run} className="form card" data-testid="team-form" key={state?.ok ? "sent" : "open"}>
      <FormField
        name="email"
        idPrefix="team"
        label={labels.email}
        type="email"
        required
        errors={failed?.fieldErrors.email}
        defaultValue={failed?.values?.email}
      />
      <FormField name="name" idPrefix="team" label={labels.name} errors={failed?.fieldErrors.name} defaultValue={failed?.values?.name} />
      <fieldset className="field">
        <legend>{labels.role}</legend>
        <label className="check">
          <input type="radio" name="role" value="door" defaultChecked={failed?.values?.role !== "organizer"} /> {labels.door}
        </label>
        <label className="check">
          <input type="radio" name="role" value="organizer" defaultChecked={failed?.values?.role === "organizer"} /> {labels.organizer}
        </label>
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
