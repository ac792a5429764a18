"use client";
/** Coordinator forms: a program item (add / edit), the event's settings, a new event. */
import { startTransition, useActionState, useId, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormField, FormMessage, LanguageChecks } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { ITEM_KINDS } from "@/lib/validation/item";
import { ZonePicker } from "@/components/zone-picker";
import { DurationField, LocalStartField } from "@/app/[locale]/dashboard/_components/time-fields";
import { EventTimeFields, type EventTiming } from "@/app/[locale]/dashboard/_components/event-time-fields";

type Action = (state: FormResult | null, formData: FormData) => Promise<FormResult>;

/** Submits without React's automatic form reset, so what was typed stays after an error. */
function useKeptForm(action: Action) {
  const [state, formAction, pending] = useActionState<FormResult | null, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  const errors = state && !state.ok ? state.fieldErrors : {};
  return { state, pending, onSubmit, errors };
}

/** In person / online / mixed, for the event settings and the new-event form. */
function ModeField({ idPrefix, defaultValue, errors }: { idPrefix: string; defaultValue: string; errors?: string[] }) {
  const t = useTranslations("ProgramEditor");
  return (
    <FormField idPrefix={idPrefix} name="attendanceMode" label={t("mode")} errors={errors}>
      {(control) => (
        <select {...control} defaultValue={defaultValue}>
          {["in_person", "online", "mixed"].map((m) => (
            <option key={m} value={m}>
              {t(`modes.${m}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

export type ItemDefaults = { title: string; kind: string; language: string; description: string; local: string; timeZone: string; durationMinutes: number };

export function ItemForm({
  action,
  defaults,
  suggestedZones,
  languages,
  submitLabel,
}: {
  action: Action;
  defaults: ItemDefaults;
  /** Listed first in the zone picker: the anchor zone, the approved cities' zones, UTC. */
  suggestedZones: string[];
  languages: { code: string; name: string }[];
  submitLabel: string;
}) {
  const t = useTranslations("ProgramEditor");
  const tk = useTranslations("Program");
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  const [mode, setMode] = useState<"local" | "instant">("local");
  const idPrefix = `item${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <FormField idPrefix={idPrefix} name="title" label={t("title")} required defaultValue={defaults.title} errors={errors.title} />
      <div className="grid-2">
        <FormField idPrefix={idPrefix} name="kind" label={t("kind")} errors={errors.kind}>
          {(control) => (
            <select {...control} defaultValue={defaults.kind}>
              {ITEM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {tk(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField idPrefix={idPrefix} name="language" label={t("language")} errors={errors.language}>
          {(control) => (
            <select {...control} defaultValue={defaults.language}>
              {languages.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset className="start-mode">
        <legend>{t("startLegend")}</legend>
        <div className="checks">
          <label className="check">
            <input type="radio" name="mode" value="local" checked={mode === "local"} onChange={() => setMode("local")} /> {t("modeLocal")}
          </label>
          <label className="check">
            <input type="radio" name="mode" value="instant" checked={mode === "instant"} onChange={() => setMode("instant")} /> {t("modeInstant")}
          </label>
        </div>
        {mode === "local" ? (
          <div className="grid-2">
            <LocalStartField idPrefix={idPrefix} label={t("localTime")} errors={errors} defaultValue={defaults.local} />
            <FormField idPrefix={idPrefix} name="start.timeZone" label={t("zone")} errors={errors["start.timeZone"]}>
              {(control) => <ZonePicker control={control} suggested={suggestedZones} defaultValue={defaults.timeZone} />}
            </FormField>
          </div>
        ) : (
          <FormField idPrefix={idPrefix} name="startsAt" label={t("instant")} hint={t("instantHint")} required errors={errors.startsAt} />
        )}
      </fieldset>
      <DurationField idPrefix={idPrefix} label={t("duration")} errors={errors} defaultValue={defaults.durationMinutes} />
      <FormField idPrefix={idPrefix} name="description" label={t("description")} errors={errors.description}>
        {(control) => <textarea {...control} defaultValue={defaults.description} />}
      </FormField>
      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage result={state} />
    </form>
  );
}

export type EventSettings = {
  title: string;
  summary: string;
  attendanceMode: string;
  status: string;
  registrationOpen: boolean;
  showUnconfirmedPeople: boolean;
  /** Registration at event level, for those who follow online. */
  attendeeRegistrationOpen: boolean;
  organizerName: string;
  organizerUrl: string;
  imageUrl: string;
  streams: { code: string; name: string; url: string }[];
  timing: EventTiming;
  /** Every language that can be broadcast, the event's own first (in their order). */
  languageChoices: { code: string; name: string }[];
};

export function EventSettingsForm({ action, settings }: { action: Action; settings: EventSettings }) {
  const t = useTranslations("ProgramEditor");
  const locale = useLocale();
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  const idPrefix = "event";
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <FormField idPrefix={idPrefix} name="title" label={t("eventTitle")} required defaultValue={settings.title} errors={errors.title} />
      <FormField idPrefix={idPrefix} name="summary" label={t("summary")} errors={errors.summary}>
        {(control) => <textarea {...control} defaultValue={settings.summary} />}
      </FormField>
      <div className="grid-2">
        <FormField idPrefix={idPrefix} name="status" label={t("status")} errors={errors.status}>
          {(control) => (
            <select {...control} defaultValue={settings.status}>
              {["draft", "published", "cancelled"].map((s) => (
                <option key={s} value={s}>
                  {t(`statuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <ModeField idPrefix={idPrefix} defaultValue={settings.attendanceMode} errors={errors.attendanceMode} />
      </div>
      <label className="check">
        <input type="checkbox" name="registrationOpen" defaultChecked={settings.registrationOpen} /> {t("registrationOpen")}
      </label>
      <label className="check">
        <input type="checkbox" name="showUnconfirmedPeople" defaultChecked={settings.showUnconfirmedPeople} /> {t("showUnconfirmedPeople")}
      </label>
      <label className="check">
        <input type="checkbox" name="attendeeRegistrationOpen" defaultChecked={settings.attendeeRegistrationOpen} /> {t("attendeeRegistrationOpen")}
      </label>
      <FormField
        idPrefix={idPrefix}
        name="organizerName"
        label={t("organizerName")}
        hint={t("organizerNameHint")}
        defaultValue={settings.organizerName}
        errors={errors.organizerName}
      />
      <FormField
        idPrefix={idPrefix}
        name="organizerUrl"
        label={t("organizerUrl")}
        type="url"
        defaultValue={settings.organizerUrl}
        errors={errors.organizerUrl}
      />
      <FormField
        idPrefix={idPrefix}
        name="imageUrl"
        label={t("imageUrl")}
        hint={t("imageUrlHint")}
        type="url"
        defaultValue={settings.imageUrl}
        errors={errors.imageUrl}
      />
      <EventTimeFields idPrefix={idPrefix} timing={settings.timing} errors={errors} locale={locale} />
      <LanguageChecks
        legend={t("languages")}
        languages={settings.languageChoices}
        checked={settings.streams.map((stream) => stream.code)}
        errors={[...(errors.languages ?? []), ...Object.entries(errors).flatMap(([key, list]) => (/^languages\.\d+\.code$/.test(key) ? list : []))]}
      />
      <fieldset>
        <legend>{t("streams")}</legend>
        {settings.streams.map((stream, index) => (
          <FormField
            idPrefix={idPrefix}
            key={stream.code}
            name={`stream-${stream.code}`}
            label={stream.name}
            type="url"
            defaultValue={stream.url}
            errors={errors[`languages.${index}.streamUrl`]}
          />
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("saveEvent")}
      </button>
      <FormMessage result={state} />
    </form>
  );
}

export function NewEventForm({ action, languages, defaultZone }: { action: Action; languages: { code: string; name: string }[]; defaultZone: string }) {
  const t = useTranslations("ProgramEditor");
  const { state, pending, onSubmit, errors } = useKeptForm(action);
  const idPrefix = "event";
  return (
    <form className="form card" onSubmit={onSubmit} noValidate>
      <FormField idPrefix={idPrefix} name="title" label={t("eventTitle")} required errors={errors.title} />
      <FormField idPrefix={idPrefix} name="slug" label={t("slug")} hint={t("slugHint")} required errors={errors.slug} />
      <FormField idPrefix={idPrefix} name="summary" label={t("summary")} errors={errors.summary}>
        {(control) => <textarea {...control} />}
      </FormField>
      <div className="grid-2">
        <LocalStartField idPrefix={idPrefix} label={t("localTime")} errors={errors} />
        <FormField idPrefix={idPrefix} name="start.timeZone" label={t("anchorZone")} hint={t("anchorZoneHint")} errors={errors["start.timeZone"]}>
          {(control) => <ZonePicker control={control} suggested={[defaultZone]} defaultValue={defaultZone} />}
        </FormField>
      </div>
      <div className="grid-2">
        <DurationField idPrefix={idPrefix} label={t("duration")} errors={errors} defaultValue={180} />
        <ModeField idPrefix={idPrefix} defaultValue="in_person" errors={errors.attendanceMode} />
      </div>
      <LanguageChecks legend={t("languages")} languages={languages} checked={["fa", "en", "fr", "ar"]} errors={errors.languages} />
      <button type="submit" className="button button--primary" disabled={pending}>
        {t("createEvent")}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
