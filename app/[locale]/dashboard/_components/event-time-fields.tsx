"use client";
/**
 * The event's date, time, zone and duration in its settings, with a preview, before saving,
 * of how everything moves: the start and end, each approved city's local start, and every
 * shared item (local programs move by the same amount). Computed in the browser by lib/time
 * from the stored instants; the server recomputes and saves the same shift.
 */
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { ZonePicker } from "@/components/zone-picker";
import type { FieldErrors } from "@/lib/forms";
import { addMinutes, durationLabel, formatDay, localDateTimeLabel, minutesBetween, timeLabel, wallClockToInstant } from "@/lib/time";
import { DurationField, LocalStartField } from "@/app/[locale]/dashboard/_components/time-fields";

export type EventTiming = {
  startsAt: string;
  endsAt: string;
  local: string;
  anchorTimeZone: string;
  durationMinutes: number;
  cities: { name: string; timeZone: string }[];
  items: { title: string; startsAt: string; endsAt: string }[];
};

type Props = { idPrefix: string; timing: EventTiming; errors: FieldErrors; locale: string };

export function EventTimeFields({ idPrefix, timing, errors, locale }: Props) {
  const t = useTranslations("ProgramEditor");
  const [local, setLocal] = useState(timing.local);
  const [zone, setZone] = useState(timing.anchorTimeZone);
  const [duration, setDuration] = useState(String(timing.durationMinutes));
  return (
    <fieldset
      onChange={(event) => {
        const target = event.target;
        if (!(target instanceof HTMLInputElement)) return;
        if (target.name === "start.local") setLocal(target.value);
        if (target.name === "durationMinutes") setDuration(target.value);
      }}
    >
      <legend>{t("timeLegend")}</legend>
      <div className="grid-2">
        <LocalStartField idPrefix={idPrefix} label={t("localTime")} errors={errors} defaultValue={timing.local} />
        <FormField idPrefix={idPrefix} name="start.timeZone" label={t("anchorZone")} hint={t("anchorZoneHint")} errors={errors["start.timeZone"]}>
          {(control) => (
            <ZonePicker control={control} value={zone} onChange={setZone} suggested={[timing.anchorTimeZone, ...timing.cities.map((c) => c.timeZone)]} />
          )}
        </FormField>
      </div>
      <DurationField idPrefix={idPrefix} label={t("duration")} errors={errors} defaultValue={timing.durationMinutes} />
      <MovePreview timing={timing} local={local} zone={zone} duration={Number(duration)} locale={locale} />
    </fieldset>
  );
}

function MovePreview({ timing, local, zone, duration, locale }: { timing: EventTiming; local: string; zone: string; duration: number; locale: string }) {
  const t = useTranslations("ProgramEditor");
  const resolved = zone ? wallClockToInstant(local, zone) : null;
  const before = { start: new Date(timing.startsAt), end: new Date(timing.endsAt) };
  let body: ReactNode = null;
  if (resolved?.ok && Number.isInteger(duration) && duration > 0) {
    const start = resolved.instant;
    const end = addMinutes(start, duration);
    const shift = minutesBetween(before.start, start);
    const at = (instant: Date, z: string) => `${formatDay(instant, z, locale)} ${timeLabel(instant, z, locale)}`;
    const anchor = timing.anchorTimeZone;
    const outside = timing.items.filter((item) => {
      const s = addMinutes(new Date(item.startsAt), shift);
      const e = addMinutes(new Date(item.endsAt), shift);
      return s < start || e > end;
    });
    if (shift === 0 && end.getTime() === before.end.getTime() && zone === anchor) {
      body = <p className="muted">{t("previewNothing")}</p>;
    } else {
      body = (
        <>
          <p>
            {shift === 0
              ? t("previewStays")
              : t("previewShift", { direction: shift > 0 ? "later" : "earlier", amount: durationLabel(shift, locale), count: timing.items.length })}
          </p>
          <ul className="move-preview__list">
            <li>
              {t("previewStart")} <bdi>{at(before.start, anchor)}</bdi> → <bdi>{at(start, zone)}</bdi>
            </li>
            <li>
              {t("previewEnd")} <bdi>{at(before.end, anchor)}</bdi> → <bdi>{at(end, zone)}</bdi>
            </li>
            {shift !== 0
              ? timing.cities.map((city) => (
                  <li key={city.name}>
                    {city.name}: <bdi>{localDateTimeLabel(before.start, city.timeZone, anchor, locale)}</bdi> →{" "}
                    <bdi>{localDateTimeLabel(start, city.timeZone, zone, locale)}</bdi>
                  </li>
                ))
              : null}
          </ul>
          {shift !== 0 && timing.items.length ? (
            <details>
              <summary>{t("previewItems", { count: timing.items.length })}</summary>
              <ul className="move-preview__list">
                {timing.items.map((item, index) => (
                  <li key={index}>
                    {item.title}: <bdi>{timeLabel(new Date(item.startsAt), anchor, locale)}</bdi> →{" "}
                    <bdi>{localDateTimeLabel(addMinutes(new Date(item.startsAt), shift), zone, zone, locale)}</bdi>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {outside.length ? (
            <p className="warning" role="note">
              {t("previewOutside", { titles: outside.map((item) => item.title).join(", ") })}
            </p>
          ) : null}
        </>
      );
    }
  }
  return (
    <div className="move-preview" aria-live="polite" data-testid="move-preview">
      <h3>{t("previewHeading")}</h3>
      {body ?? <p className="muted">{t("previewPending")}</p>}
    </div>
  );
}
