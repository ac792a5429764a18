"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage, LanguageChecks } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { createSpeakerAction } from "@/app/[locale]/dashboard/speaker-actions";
import { ZonePicker } from "@/components/zone-picker";

export function SpeakerForm({ languages }: { languages: { code: string; name: string }[] }) {
  const t = useTranslations("Roster");
  const [state, action, pending] = useActionState<FormResult | null, FormData>(createSpeakerAction, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    startTransition(() => action(data));
  };
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <FormField idPrefix="speaker" name="name" label={t("name")} required errors={errors.name} />
      <FormField idPrefix="speaker" name="affiliation" label={t("affiliation")} errors={errors.affiliation} />
      <LanguageChecks legend={t("languages")} languages={languages} errors={errors.languages} />
      <FormField idPrefix="speaker" name="bio" label={t("bio")} errors={errors.bio}>
        {(control) => <textarea {...control} />}
      </FormField>
      <FormField idPrefix="speaker" name="photoUrl" label={t("photoUrl")} type="url" hint={t("photoHint")} errors={errors.photoUrl} />
      <FormField idPrefix="speaker" name="contactEmail" label={t("contactEmail")} type="email" hint={t("contactHint")} errors={errors.contactEmail} />
      <FormField idPrefix="speaker" name="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} errors={errors.timeZone}>
        {(control) => <ZonePicker control={control} emptyLabel={t("unknownZone")} />}
      </FormField>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("add")}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
