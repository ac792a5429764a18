"use client";
/**
 * The host city form: registration and venue editing. Time zones are suggested for the
 * chosen country, and the preview shows the event's start in the chosen zone as the
 * organizer types, computed by lib/time from the event's instant.
 */
import { startTransition, useActionState, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { FormField, FormMessage, LanguageChecks } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { formatDay, normalizeTimeZone, timeLabel, utcOffsetMinutes, zoneCity, zoneForCityName, zoneGenericName } from "@/lib/time";
import type { ZoneOption } from "@/lib/time/zone-options";
import { ZoneOptionsProvider, ZonePicker } from "@/components/zone-picker";

export type CityFormValues = {
  name: string;
  countryCode: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  venueCapacity: string;
  venueAccessibility: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  languages: string[];
  version?: number;
};

export type CityFormState = (FormResult<undefined> & { conflict?: { field: string; value: string }[]; version?: number }) | null;

type Props = {
  action: (state: CityFormState, formData: FormData) => Promise<CityFormState>;
  initial: CityFormValues;
  countries: { code: string; name: string }[];
  zonesByCountry: Record<string, string[]>;
  zoneCitiesByCountry: Record<string, [city: string, zone: string][]>;
  /** Every zone for the picker, named in the reader's language (lib/time/zone-options.ts). */
  zoneOptions: ZoneOption[];
  eventStartsAt: string;
  eventLanguages: { code: string; name: string }[];
  submitLabel: string;
  locale: string;
};

export function CityForm({
  action,
  initial,
  countries,
  zonesByCountry,
  zoneCitiesByCountry,
  zoneOptions,
  eventStartsAt,
  eventLanguages,
  submitLabel,
  locale,
}: Props) {
  const t = useTranslations("CityForm");
  const [state, formAction, pending] = useActionState<CityFormState, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = { ...initial, ...(failed?.values ?? {}) } as Record<string, string | string[] | number | undefined>;
  const [country, setCountry] = useState(String(values.countryCode ?? ""));
  const [zone, setZone] = useState(String(values.timeZone ?? ""));
  const suggestions = zonesByCountry[country] ?? [];
  // A country with several zones is never given its first one (Canada's is an hour off
  // Toronto): the city name picks it, or the organizer chooses from the zones' cities.
  const zoneFor = (countryCode: string, cityName: string, current: string) => {
    const zones = zonesByCountry[countryCode] ?? [];
    if (zones.length === 1) return zones[0]!;
    const named = zoneForCityName(cityName, zoneCitiesByCountry[countryCode] ?? []);
    return named ?? (zones.includes(current) ? current : "");
  };
  const cityOf = (z: string) => zoneOptions.find((o) => o.id === z)?.city ?? zoneCity(z);
  const needsChoice = suggestions.length > 1 && !suggestions.includes(zone);
  const validZone = zone ? normalizeTimeZone(zone) : null;
  const start = useMemo(() => new Date(eventStartsAt), [eventStartsAt]);
  const chosenLanguages = failed?.values
    ? Object.keys(failed.values)
        .filter((k) => k.startsWith("language-"))
        .map((k) => k.slice(9))
    : initial.languages;
  // Submitted values (keyed by field name, e.g. "venue.name") win over the loaded ones.
  const str = (key: string) => (values[key] === undefined ? undefined : String(values[key]));

  return (
    <form
      className="form card"
      noValidate
      // Submitted through a transition rather than `action`, so React does not reset the
      // form: after an error everything the organizer typed stays where it was.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
    >
      {initial.version !== undefined ? <input type="hidden" name="version" value={failed?.version ?? initial.version} /> : null}

      <fieldset>
        <legend>{t("cityLegend")}</legend>
        <div
          onBlur={(event) => {
            if (event.target instanceof HTMLInputElement && event.target.name === "name" && !suggestions.includes(zone)) {
              setZone(zoneFor(country, event.target.value, zone));
            }
          }}
        >
          <FormField name="name" label={t("fields.name")} required defaultValue={str("name")} errors={[...(errors.name ?? []), ...(errors.slug ?? [])]} />
        </div>
        <FormField name="countryCode" label={t("fields.countryCode")} required errors={errors.countryCode}>
          {(control) => (
            <select
              {...control}
              value={country}
              onChange={(event) => {
                setCountry(event.target.value);
                const name = event.currentTarget.form?.elements.namedItem("name");
                setZone(zoneFor(event.target.value, name instanceof HTMLInputElement ? name.value : "", zone));
              }}
            >
              <option value="">{t("chooseCountry")}</option>
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="timeZone" label={t("fields.timeZone")} required hint={t("timeZoneHint")} errors={errors.timeZone}>
          {(control) => (
            <ZoneOptionsProvider options={zoneOptions}>
              <ZonePicker control={control} value={zone} onChange={setZone} suggested={suggestions} />
            </ZoneOptionsProvider>
          )}
        </FormField>
        {needsChoice ? (
          <div className="field">
            <label htmlFor="zone-choice">{t("zoneChoice", { country: countries.find((c) => c.code === country)?.name ?? country })}</label>
            <select id="zone-choice" value="" onChange={(event) => setZone(event.target.value)} data-testid="zone-choice">
              <option value="">{t("zoneChoicePlaceholder")}</option>
              {[...suggestions]
                .sort((a, b) => utcOffsetMinutes(start, a) - utcOffsetMinutes(start, b) || cityOf(a).localeCompare(cityOf(b), locale))
                .map((z) => {
                  const generic = zoneGenericName(start, z, locale);
                  return (
                    <option key={z} value={z}>
                      {cityOf(z)} — {timeLabel(start, z, locale)}
                      {generic ? ` (${generic})` : ""}
                    </option>
                  );
                })}
            </select>
          </div>
        ) : null}
        <p className="preview" aria-live="polite" data-testid="zone-preview">
          {validZone ? <bdi>{t("preview", { time: timeLabel(start, validZone, locale), day: formatDay(start, validZone, locale) })}</bdi> : t("previewPending")}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t("venueLegend")}</legend>
        <FormField
          name="venue.name"
          label={t("fields.venueName")}
          required
          defaultValue={str("venue.name") ?? str("venueName")}
          errors={errors["venue.name"]}
        />
        <FormField
          name="venue.address"
          label={t("fields.venueAddress")}
          required
          autoComplete="street-address"
          defaultValue={str("venue.address") ?? str("venueAddress")}
          errors={errors["venue.address"]}
        />
        <FormField
          name="venue.capacity"
          label={t("fields.venueCapacity")}
          required
          type="number"
          min={0}
          inputMode="numeric"
          defaultValue={str("venue.capacity") ?? str("venueCapacity")}
          errors={errors["venue.capacity"]}
        />
        <FormField name="venue.accessibility" label={t("fields.venueAccessibility")} hint={t("accessibilityHint")} errors={errors["venue.accessibility"]}>
          {(control) => <textarea {...control} defaultValue={str("venue.accessibility") ?? str("venueAccessibility")} />}
        </FormField>
      </fieldset>

      <LanguageChecks legend={t("languagesLegend")} languages={eventLanguages} checked={chosenLanguages} errors={errors.languages} naming="per-language" />

      <fieldset>
        <legend>{t("contactLegend")}</legend>
        <p className="field-hint">{t("contactHint")}</p>
        <FormField
          name="contact.name"
          label={t("fields.contactName")}
          autoComplete="name"
          defaultValue={str("contact.name") ?? str("contactName")}
          errors={errors["contact.name"]}
        />
        <FormField
          name="contact.email"
          label={t("fields.contactEmail")}
          type="email"
          autoComplete="email"
          defaultValue={str("contact.email") ?? str("contactEmail")}
          errors={errors["contact.email"]}
        />
        <FormField
          name="contact.phone"
          label={t("fields.contactPhone")}
          type="tel"
          autoComplete="tel"
          defaultValue={str("contact.phone") ?? str("contactPhone")}
          errors={errors["contact.phone"]}
        />
      </fieldset>

      <button type="submit" className="button button--primary" disabled={pending}>
        {submitLabel}
      </button>
      <FormMessage result={state} />
      {failed?.conflict?.length ? (
        <div className="conflict" data-testid="conflict">
          <p>{t("conflictIntro")}</p>
          <ul>
            {failed.conflict.map((change) => (
              <li key={change.field}>
                <strong>{t(`fields.${change.field}`)}</strong>: <bdi>{change.value || t("empty")}</bdi>
              </li>
            ))}
          </ul>
          <p>{t("conflictOutro")}</p>
        </div>
      ) : null}
    </form>
  );
}
