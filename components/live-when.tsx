"use client";
/**
 * The event as it stands now, in the reader's zone, kept current without a reload: the start
 * (moved when the coordinators delay it), the countdown, the delay and,
 * while it is live, what is on now and next in each broadcast language. It asks the live read
 * (GET /api/v1/events/{slug}/live, shared-cached for 5 s) when the page opens and every 30 s
 * (with a little jitter, never a held connection), and moves from one item to the next by their
 * times in between, on the server's clock. Without JavaScript, the server-rendered times remain.
 */
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Countdown } from "@/components/countdown";
import { ViewerTime } from "@/components/viewer-time";
import { useViewerZone } from "@/components/viewer-zone";
import type { LiveJson } from "@/lib/api/shapes";
import { nowAndNext, phaseAt, type LivePhase } from "@/lib/live";
import { formatClock } from "@/lib/time";

const POLL_MS = 30_000;

type Item = NonNullable<LiveJson["languages"][number]["now"]>;
type Props = {
  slug: string;
  city: string | null;
  status: string;
  startsAt: string;
  endsAt: string;
  delayMinutes: number;
  anchorTimeZone: string;
  locale: string;
  /** Broadcast languages, in the event's order, named in the reader's language. */
  languages: { code: string; name: string }[];
};

type Known = { startsAt: string; endsAt: string; delayMinutes: number; status: string; items: Map<string, Item[]>; offsetMs: number };

export function LiveWhen(props: Props) {
  const t = useTranslations("Live");
  const { zone } = useViewerZone();
  const [known, setKnown] = useState<Known>({ ...props, items: new Map(), offsetMs: 0 });
  const [clock, setClock] = useState<number | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const url = `/api/v1/events/${encodeURIComponent(props.slug)}/live${props.city ? `?city=${encodeURIComponent(props.city)}` : ""}`;
    // A poll on return to the tab asks past the browser's 5-second copy (answered with a 304 when unchanged).
    const poll = async (fresh = false) => {
      try {
        const response = await fetch(url, { headers: { accept: "application/json" }, cache: fresh ? "no-cache" : "default" });
        if (response.ok) {
          const live = (await response.json()) as LiveJson;
          // The server's clock, as old as the cache says the answer is.
          const age = Number(response.headers.get("age") ?? "0") * 1000;
          const offsetMs = Date.parse(live.serverTime) + age - Date.now();
          const items = new Map(live.languages.map((l) => [l.code, [l.now, l.next].filter((i): i is Item => i !== null)]));
          if (!stopped)
            setKnown({
              startsAt: live.startsAt,
              endsAt: live.endsAt,
              delayMinutes: live.delayMinutes,
              status: live.phase === "cancelled" ? "cancelled" : props.status,
              items,
              offsetMs,
            });
        }
      } catch {
        // offline for a moment: what is known stays, the next poll tries again
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS + Math.random() * 5_000);
    };
    void poll();
    const tick = setInterval(() => setClock(Date.now()), 1_000);
    setClock(Date.now());
    const onVisible = () => {
      if (document.visibilityState !== "visible") return;
      clearTimeout(timer);
      void poll(true);
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(tick);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [props.slug, props.city, props.status]);

  const now = clock === null ? null : new Date(clock + known.offsetMs);
  const phase: LivePhase | null = now ? phaseAt(known, now) : null;
  return (
    <>
      <ViewerTime startsAt={known.startsAt} endsAt={known.endsAt} anchorTimeZone={props.anchorTimeZone} locale={props.locale} />
      <Countdown startsAt={known.startsAt} endsAt={known.endsAt} cancelled={known.status === "cancelled"} />
      {now && phase === "delayed" && zone ? (
        <p className="live-phase live-phase--delayed" role="status" data-testid="live-delayed">
          {t("delayed", { minutes: known.delayMinutes, time: formatClock(new Date(known.startsAt), zone, props.locale) })}
        </p>
      ) : null}
      {now && phase === "live" && zone ? (
        <ul className="live-languages" data-testid="live-languages">
          {props.languages.map(({ code, name }) => {
            const { now: on, next } = nowAndNext(known.items.get(code) ?? [], now);
            return (
              <li key={code}>
                <strong>{name}</strong> {on ? t("now", { title: on.title }) : t("nothingNow")}
                {next ? (
                  <span className="muted"> · {t("next", { title: next.title, time: formatClock(new Date(next.startsAt), zone, props.locale) })}</span>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
