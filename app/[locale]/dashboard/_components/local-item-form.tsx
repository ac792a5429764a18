"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { ITEM_KINDS } from "@/lib/validation/item";
import { DurationField, LocalStartField } from "@/app/[locale]/dashboard/_components/time-fields";

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  defaultStart: string;
  zone: string;
  languages: { code: string; name: string }[];
};

/** Adds a local program item; the time is the city's wall clock, named with its zone. */
export function LocalItemForm({ action, defaultStart, zone, languages }: Props) {
  const t = useTranslations("LocalProgram");
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form action={formAction} className="form card">
      <FormField name="title" label={t("title")} required defaultValue={values.title} errors={errors.title} />
      <FormField name="kind" label={t("kind")} errors={errors.kind}>
        {(control) => (
          <select {...control} defaultValue={values.kind ?? "reception"}>
            {ITEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <LocalStartField label={t("start", { zone })} errors={errors} defaultValue={values["start.local"] ?? defaultStart} />
      <DurationField label={t("duration")} errors={errors} defaultValue={values.durationMinutes ?? "60"} />
      <FormField name="language" label={t("language")} errors={errors.language}>
        {(control) => (
          <select {...control} defaultValue={values.language ?? languages[0]?.code}>
            {languages.map((language) => (
              <option key={language.code} value={language.code}>
                {language.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField name="description" label={t("description")} errors={errors.description}>
        {(control) => <textarea {...control} defaultValue={values.description} />}
      </FormField>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("add")}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
