"use client";
/** "Starts in 2 days 3 h" / "Live now" / "This event has ended", kept current in the browser. */
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

export function Countdown({ startsAt, endsAt, cancelled }: { startsAt: string; endsAt: string; cancelled: boolean }) {
  const t = useTranslations("Countdown");
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  if (now === null || cancelled) return null;
  const start = Date.parse(startsAt);
  const end = Date.parse(endsAt);
  if (now >= end)
    return (
      <p className="countdown countdown--ended" data-testid="countdown">
        {t("ended")}
      </p>
    );
  if (now >= start) {
    return (
      <p className="countdown countdown--live" data-testid="countdown" role="status">
        <span className="live-dot" aria-hidden="true" /> {t("live")}
      </p>
    );
  }
  const minutes = Math.ceil((start - now) / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  return (
    <p className="countdown" data-testid="countdown">
      {t("startsIn", { days, hours, minutes: minutes % 60 })}
    </p>
  );
}
