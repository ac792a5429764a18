"use client";
/**
 * Checking people in at the door, from a phone in a crowded hall:
 *
 * - the city's confirmed registrations are fetched once (and again every 30 s while online), so
 *   finding someone by name or door code works even when the network drops;
 * - a check-in that cannot be sent is kept on the phone (this tab's sessionStorage) and sent when
 *   the network is back: a short loss loses nothing, and sending one twice is harmless (the
 *   server says it was already done);
 * - where the browser has a barcode detector, the camera reads the QR code (a URL ending in
 *   ?code=…, or the bare code) and checks its one match in; elsewhere the code is typed.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { RegistrationJson } from "@/lib/api/shapes";

type Props = { eventSlug: string; citySlug: string; initialCode: string; locale: string; timeZone: string };
type Pending = { id: string; name: string };
type Notice = { tone: "good" | "bad"; text: string } | null;

const normalizeCode = (code: string) => code.toUpperCase().replace(/[\s-]/g, "");
/** The code a scanned QR code holds: its URL's ?code=, or the text itself. */
function codeOf(scanned: string): string {
  try {
    return normalizeCode(new URL(scanned).searchParams.get("code") ?? "");
  } catch {
    return normalizeCode(scanned);
  }
}

const clock = (iso: string, locale: string, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(iso));

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorClass = new (options: { formats: string[] }) => Detector;

export function DoorCheckIn({ eventSlug, citySlug, initialCode, locale, timeZone }: Props) {
  const t = useTranslations("Door");
  const api = `/api/v1/events/${encodeURIComponent(eventSlug)}/cities/${encodeURIComponent(citySlug)}/registrations`;
  const queueKey = `door-queue:${eventSlug}:${citySlug}`;
  const [people, setPeople] = useState<RegistrationJson[]>([]);
  const [query, setQuery] = useState(initialCode);
  const [pending, setPending] = useState<Pending[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const [scanning, setScanning] = useState(false);
  const [canScan, setCanScan] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const handled = useRef<string | null>(null);

  const load = useCallback(async () => {
    try {
      const response = await fetch(`${api}?status=confirmed`, { cache: "no-store" });
      if (response.ok) setPeople(((await response.json()) as { registrations: RegistrationJson[] }).registrations);
    } catch {
      // Offline: keep the list we have.
    }
  }, [api]);

  // Sends one check-in; false when it could not reach the server (kept for later).
  const send = useCallback(
    async (person: Pending): Promise<boolean> => {
      let response: Response;
      try {
        response = await fetch(`${api}/${person.id}/check-in`, { method: "POST" });
      } catch {
        return false;
      }
      if (response.ok) {
        const body = (await response.json()) as { alreadyCheckedIn: boolean; registration: RegistrationJson };
        setPeople((all) => all.map((p) => (p.id === person.id ? body.registration : p)));
        setNotice(
          body.alreadyCheckedIn
            ? { tone: "bad", text: t("already", { time: clock(body.registration.checkedInAt!, locale, timeZone) }) }
            : { tone: "good", text: t("done", { name: person.name }) },
        );
      } else {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        setNotice({ tone: "bad", text: body?.error?.message ?? String(response.status) });
      }
      return true;
    },
    [api, t, locale, timeZone],
  );

  const flush = useCallback(async () => {
    const queued = JSON.parse(sessionStorage.getItem(queueKey) ?? "[]") as Pending[];
    const left: Pending[] = [];
    for (const person of queued) if (!(await send(person))) left.push(person);
    sessionStorage.setItem(queueKey, JSON.stringify(left));
    setPending(left);
    if (queued.length > 0 && left.length === 0) setNotice({ tone: "good", text: t("sent") });
  }, [queueKey, send, t]);

  useEffect(() => {
    setPending(JSON.parse(sessionStorage.getItem(queueKey) ?? "[]") as Pending[]);
    setCanScan("BarcodeDetector" in window && Boolean(navigator.mediaDevices?.getUserMedia));
    void load().then(flush);
    const timer = setInterval(() => {
      if (navigator.onLine) void load().then(flush);
    }, 30_000);
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      clearInterval(timer);
      window.removeEventListener("online", online);
    };
  }, [load, flush, queueKey]);

  const checkIn = useCallback(
    async (person: RegistrationJson) => {
      const entry = { id: person.id, name: person.name };
      if (await send(entry)) return;
      // No network: kept, shown as checked in here, sent when the network is back.
      const queued = [...(JSON.parse(sessionStorage.getItem(queueKey) ?? "[]") as Pending[]).filter((p) => p.id !== person.id), entry];
      sessionStorage.setItem(queueKey, JSON.stringify(queued));
      setPending(queued);
      setNotice({ tone: "bad", text: t("offline", { count: queued.length }) });
    },
    [send, queueKey, t],
  );

  const matches = useMemo(() => {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return [];
    const code = normalizeCode(wanted);
    return people.filter((p) => p.code === code || p.name.toLowerCase().includes(wanted)).slice(0, 20);
  }, [people, query]);

  // A scanned or linked code with exactly one match is checked in at once.
  useEffect(() => {
    const code = normalizeCode(query);
    const [only, ...more] = people.filter((p) => p.code === code);
    if (only && more.length === 0 && handled.current !== code && code.length >= 6) {
      handled.current = code;
      if (!only.checkedInAt) void checkIn(only);
      else setNotice({ tone: "bad", text: t("already", { time: clock(only.checkedInAt, locale, timeZone) }) });
    }
  }, [query, people, checkIn, t, locale, timeZone]);

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        if (!video.current || stopped) return;
        video.current.srcObject = stream;
        await video.current.play();
        const detector = new (window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector({ formats: ["qr_code"] });
        while (!stopped) {
          const [found] = await detector.detect(video.current).catch(() => []);
          if (found) setQuery(codeOf(found.rawValue));
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
      } catch {
        setNotice({ tone: "bad", text: t("noCamera") });
        setScanning(false);
      }
    })();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [scanning, t]);

  const queued = new Set(pending.map((p) => p.id));
  const checkedIn = people.filter((p) => p.checkedInAt || queued.has(p.id)).length;

  return (
    <div className="door">
      <p data-testid="door-count">{t("count", { checkedIn, confirmed: people.length })}</p>
      <form
        className="door__search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          handled.current = null;
        }}
      >
        <label htmlFor="door-query">{t("search")}</label>
        <input id="door-query" type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoComplete="off" dir="auto" autoFocus />
      </form>
      {canScan ? (
        <p>
          <button type="button" className="button" onClick={() => setScanning((on) => !on)}>
            {scanning ? t("stopScan") : t("scan")}
          </button>
        </p>
      ) : (
        <p className="muted small">{t("noCamera")}</p>
      )}
      {scanning ? <video ref={video} className="door__video" muted playsInline /> : null}
      {notice ? (
        <p role="status" className={notice.tone === "good" ? "banner" : "banner banner--bad"}>
          {notice.text}
        </p>
      ) : null}
      {pending.length > 0 ? (
        <p className="banner banner--bad" role="status">
          {t("offline", { count: pending.length })}
        </p>
      ) : null}
      {query.trim() && matches.length === 0 ? <p className="muted">{t("none")}</p> : null}
      <ul className="card-list" data-testid="door-matches">
        {matches.map((person) => {
          const done = Boolean(person.checkedInAt) || queued.has(person.id);
          return (
            <li key={person.id} className="card door__person" data-registration={person.id}>
              <p>
                <strong>
                  <bdi>{person.name}</bdi>
                </strong>{" "}
                · <bdi>{t("seats", { count: person.seats })}</bdi> · <span dir="ltr">{person.code}</span>
              </p>
              {done ? (
                <p className="muted">{person.checkedInAt ? t("already", { time: clock(person.checkedInAt, locale, timeZone) }) : t("checkedIn")}</p>
              ) : (
                <button
                  type="button"
                  className="button button--primary door__check"
                  aria-label={t("checkInLabel", { name: person.name })}
                  onClick={() => void checkIn(person)}
                >
                  {t("checkIn")}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
