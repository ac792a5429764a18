/**
 * The fields every program form shares: a wall-clock start (its errors and the start's own,
 * such as a time in a DST gap) and a duration in minutes.
 */
import { FormField } from "@/components/form-field";
import type { FieldErrors } from "@/lib/forms";

type Common = { idPrefix?: string; label: string; errors: FieldErrors; defaultValue?: string | number };

export function LocalStartField({ idPrefix, label, errors, defaultValue }: Common) {
  return (
    <FormField
      idPrefix={idPrefix}
      name="start.local"
      label={label}
      type="datetime-local"
      required
      defaultValue={defaultValue}
      errors={[...(errors["start.local"] ?? []), ...(errors.start ?? [])]}
    />
  );
}

export function DurationField({ idPrefix, label, errors, defaultValue }: Common) {
  return (
    <FormField
      idPrefix={idPrefix}
      name="durationMinutes"
      label={label}
      type="number"
      min={1}
      inputMode="numeric"
      required
      defaultValue={defaultValue}
      errors={errors.durationMinutes}
    />
  );
}
