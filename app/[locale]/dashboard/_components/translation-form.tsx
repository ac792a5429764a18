"use client";
/**
 * One record on the translation board: each text as first written beside a field per broadcast
 * language, typed in that language's direction; a translation whose original has changed since is
 * flagged for review. Emptying a field deletes that translation.
 */
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";

type Language = { code: string; name: string; dir: "ltr" | "rtl" };
type Field = { name: string; label: string; original: string; multiline: boolean };

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  idPrefix: string;
  /** The language the originals are written in. */
  original: Language;
  fields: Field[];
  languages: Language[];
  /** Current translations: `{ fa: { title: "…" } }` (flat field names). */
  values: Record<string, Record<string, string>>;
  /** "fa.title": translations made from an original that has changed since. */
  stale: string[];
};

export function TranslationForm({ action, idPrefix, original, fields, languages, values, stale }: Props) {
  const t = useTranslations("Translations");
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="form translation-form">
      {fields.map((field) => (
        <fieldset key={field.name} className="translation-form__field">
          <legend>{field.label}</legend>
          <p className="translation-form__original" lang={original.code} dir={original.dir}>
            <span className="muted small block" dir="auto">
              {t("original", { language: original.name })}
            </span>
            {field.original || <span className="muted">{t("emptyOriginal")}</span>}
          </p>
          {field.original
            ? languages.map((language) => {
                const id = `${idPrefix}-${language.code}-${field.name.replaceAll(".", "-")}`;
                const name = `t.${language.code}.${field.name}`;
                const review = stale.includes(`${language.code}.${field.name}`);
                const error = errors[`translations.${language.code}.${field.name}`] ?? errors[`translations.${language.code}`];
                const control = {
                  id,
                  name,
                  lang: language.code,
                  dir: language.dir,
                  defaultValue: values[language.code]?.[field.name] ?? "",
                  "aria-invalid": error ? (true as const) : undefined,
                  "aria-describedby": review || error ? `${id}-note` : undefined,
                };
                return (
                  <div key={language.code} className="field">
                    <label htmlFor={id}>{language.name}</label>
                    {field.multiline ? <textarea {...control} rows={3} /> : <input {...control} type="text" />}
                    {review || error ? (
                      <p id={`${id}-note`} className={error ? "field-error" : "warning small"} dir="auto">
                        {error ? error.join(" ") : t("review")}
                      </p>
                    ) : null}
                  </div>
                );
              })
            : null}
        </fieldset>
      ))}
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("save")}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
