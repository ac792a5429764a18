"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage, LanguageChecks } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { ZonePicker } from "@/components/zone-picker";
import { INTERFACE_LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";

export type SpeakerDefaults = {
  name: string;
  affiliation: string;
  bio: string;
  languages: string[];
  photoUrl: string;
  contactEmail: string;
  timeZone: string;
  preferredLanguage: string;
};

type Props = {
  action: (state: FormResult | null, formData: FormData) => Promise<FormResult>;
  languages: { code: string; name: string }[];
  defaults?: SpeakerDefaults;
  submitLabel: string;
  /** Distinguishes the add form from each person's edit form on the roster page. */
  idPrefix: string;
};

/** Adds someone to the roster, or changes their entry (`defaults`). */
export function SpeakerForm({ action: command, languages, defaults, submitLabel, idPrefix }: Props) {
  const t = useTranslations("Roster");
  const [state, action, pending] = useActionState<FormResult | null, FormData>(command, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(() => action(data));
  };
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <FormField idPrefix={idPrefix} name="name" label={t("name")} required defaultValue={defaults?.name} errors={errors.name} />
      <FormField idPrefix={idPrefix} name="affiliation" label={t("affiliation")} defaultValue={defaults?.affiliation} errors={errors.affiliation} />
      <LanguageChecks legend={t("languages")} languages={languages} checked={defaults?.languages} errors={errors.languages} />
      <FormField idPrefix={idPrefix} name="bio" label={t("bio")} errors={errors.bio}>
        {(control) => <textarea {...control} defaultValue={defaults?.bio} />}
      </FormField>
      <FormField
        idPrefix={idPrefix}
        name="photoUrl"
        label={t("photoUrl")}
        type="url"
        defaultValue={defaults?.photoUrl}
        hint={t("photoHint")}
        errors={errors.photoUrl}
      />
      <FormField
        idPrefix={idPrefix}
        name="contactEmail"
        label={t("contactEmail")}
        type="email"
        defaultValue={defaults?.contactEmail}
        hint={t("contactHint")}
        errors={errors.contactEmail}
      />
      <FormField idPrefix={idPrefix} name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} errors={errors.timeZone}>
        {(control) => <ZonePicker control={control} emptyLabel={t("unknownZone")} defaultValue={defaults?.timeZone} />}
      </FormField>
      <FormField
        idPrefix={idPrefix}
        name="preferredLanguage"
        label={t("preferredLanguage")}
        hint={t("preferredLanguageHint")}
        errors={errors.preferredLanguage}
      >
        {(control) => (
          <select {...control} defaultValue={defaults?.preferredLanguage ?? ""}>
            <option value="">{t("preferredLanguageUnset")}</option>
            {INTERFACE_LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
