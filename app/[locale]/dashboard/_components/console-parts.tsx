"use client";
/**
 * The console's moving parts (app/[locale]/dashboard/events/[slug]/console): the master countdown,
 * each city's clock ticking in its own zone, and the delay form. Labels come translated from the
 * server page; times are formatted here, in each zone, every second.
 */
import { useActionState, useEffect, useState } from "react";
import { FormField, FormMessage } from "@/components/form-field";
import type { FormResult } from "@/lib/forms";
import { durationLabel, formatClock } from "@/lib/time";
import { delayEventAction } from "@/app/[locale]/dashboard/console-actions";

function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** "T − 1 h 12 min" before the start, "T + 25 min" after it. */
export function MasterCountdown({
  startsAt,
  endsAt,
  locale,
  labels,
}: {
  startsAt: string;
  endsAt: string;
  locale: string;
  labels: { before: string; after: string; ended: string };
}) {
  const now = useNow();
  if (now === null) return <p className="console-countdown">&nbsp;</p>;
  const start = Date.parse(startsAt);
  if (now >= Date.parse(endsAt)) return <p className="console-countdown console-countdown--ended">{labels.ended}</p>;
  const minutes = Math.ceil(Math.abs(start - now) / 60_000);
  const seconds = Math.floor(Math.abs(start - now) / 1000) % 60;
  const count = (value: number, digits = 1) => new Intl.NumberFormat(locale, { minimumIntegerDigits: digits }).format(value);
  // Days while far; hours and minutes on the day; minutes and seconds in the last ten minutes.
  const text =
    minutes > 2 * 1440
      ? new Intl.NumberFormat(locale, { style: "unit", unit: "day", unitDisplay: "long" }).format(Math.floor(minutes / 1440))
      : minutes <= 10 && now < start
        ? `${count(Math.floor(Math.abs(start - now) / 60_000))}:${count(seconds, 2)}`
        : durationLabel(minutes, locale);
  return (
    <p className={`console-countdown${now >= start ? " console-countdown--live" : ""}`} data-testid="master-countdown" role="timer">
      {(now < start ? labels.before : labels.after).replace("{time}", text)}
    </p>
  );
}

/** A city's wall clock, now, in its zone. */
export function CityClock({ zone, locale }: { zone: string; locale: string }) {
  const now = useNow();
  return (
    <time className="clock" dir="ltr" suppressHydrationWarning>
      {now === null ? "--:--" : formatClock(new Date(now), zone, locale)}
    </time>
  );
}

export function DelayForm({ slug, version, labels }: { slug: string; version: number; labels: { minutes: string; submit: string; hint: string } }) {
  const [state, run, pending] = useActionState<FormResult | null, FormData>(delayEventAction.bind(null, slug, version), null);
  return (
    <form action={run} className="delay-form" data-testid="delay-form">
      <FormField
        name="minutes"
        idPrefix="delay"
        label={labels.minutes}
        hint={labels.hint}
        errors={state && !state.ok ? state.fieldErrors.minutes : undefined}
        type="number"
        min={1}
        required
        inputMode="numeric"
        defaultValue={state && !state.ok ? state.values?.minutes : ""}
      />
      <button type="submit" className="button" disabled={pending}>
        {labels.submit}
      </button>
      <FormMessage result={state} />
    </form>
  );
}
