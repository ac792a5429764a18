"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { ITEM_KINDS } from "@/lib/validation/item";
import { DurationField, LocalStartField } from "@/app/[locale]/dashboard/_components/time-fields";

export type LocalItemDefaults = { title: string; kind: string; local: string; durationMinutes: number; language: string; description: string };

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  defaults: LocalItemDefaults;
  zone: string;
  languages: { code: string; name: string }[];
  submitLabel: string;
  /** Distinguishes the fields of the add form and each item's edit form on one page. */
  idPrefix: string;
};

/** Adds or changes a local program item; the time is the city's wall clock, named with its zone. */
export function LocalItemForm({ action, defaults, zone, languages, submitLabel, idPrefix }: Props) {
  const t = useTranslations("LocalProgram");
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="form card">
      <FormField idPrefix={idPrefix} name="title" label={t("title")} required defaultValue={values.title ?? defaults.title} errors={errors.title} />
      <FormField idPrefix={idPrefix} name="kind" label={t("kind")} errors={errors.kind}>
        {(control) => (
          <select {...control} defaultValue={values.kind ?? defaults.kind}>
            {ITEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <LocalStartField idPrefix={idPrefix} label={t("start", { zone })} errors={errors} defaultValue={values["start.local"] ?? defaults.local} />
      <DurationField idPrefix={idPrefix} label={t("duration")} errors={errors} defaultValue={values.durationMinutes ?? defaults.durationMinutes} />
      <FormField idPrefix={idPrefix} name="language" label={t("language")} errors={errors.language}>
        {(control) => (
          <select {...control} defaultValue={values.language ?? defaults.language}>
            {languages.map((language) => (
              <option key={language.code} value={language.code}>
                {language.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField idPrefix={idPrefix} name="description" label={t("description")} errors={errors.description}>
        {(control) => <textarea {...control} defaultValue={values.description ?? defaults.description} />}
      </FormField>
      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
