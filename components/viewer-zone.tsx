"use client";
/**
 * The zone the viewer reads times in: their browser's zone, or the one they chose
 * (remembered in localStorage). Computed in the browser only, so the server-rendered,
 * cached page is the same for everyone; before hydration (or without JavaScript) pages
 * show the anchor and city times they were rendered with.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { listTimeZones, normalizeTimeZone } from "@/lib/time";

const STORAGE_KEY = "simulconf.zone";

type ViewerZone = { zone: string | null; detected: string | null; chosen: boolean; setZone: (zone: string | null) => void };
const Context = createContext<ViewerZone>({ zone: null, detected: null, chosen: false, setZone: () => undefined });

export function ViewerZoneProvider({ children }: { children: ReactNode }) {
  const [detected, setDetected] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  useEffect(() => {
    setDetected(normalizeTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? "UTC");
    try {
      const stored = window.localStorage.getItem(STORAGE_KEY);
      if (stored && normalizeTimeZone(stored)) setChosen(normalizeTimeZone(stored));
    } catch {
      // storage unavailable (private mode): the detected zone is used
    }
  }, []);

  const setZone = useCallback((zone: string | null) => {
    const valid = zone ? normalizeTimeZone(zone) : null;
    setChosen(valid);
    try {
      if (valid) window.localStorage.setItem(STORAGE_KEY, valid);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // not remembered, still applied
    }
  }, []);

  const value = useMemo(() => ({ zone: chosen ?? detected, detected, chosen: chosen !== null, setZone }), [chosen, detected, setZone]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useViewerZone = () => useContext(Context);

/** "Show times in: [zone]": the detected zone, the event's and its cities', or any other. */
export function ZonePicker({ suggestions }: { suggestions: { zone: string; label: string }[] }) {
  const t = useTranslations("ViewerTime");
  const { zone, detected, chosen, setZone } = useViewerZone();
  const others = useMemo(() => listTimeZones(), []);
  if (!zone) return null;
  const listed = new Set([detected, ...suggestions.map((s) => s.zone)]);
  return (
    <div className="zone-picker">
      <label htmlFor="zone-picker">{t("showIn")}</label>
      <select
        id="zone-picker"
        value={zone}
        onChange={(event) => setZone(event.target.value === detected ? null : event.target.value)}
        data-testid="zone-picker"
      >
        {detected ? <option value={detected}>{t("detected", { zone: detected })}</option> : null}
        <optgroup label={t("eventZones")}>
          {suggestions
            .filter((s) => s.zone !== detected)
            .map((s) => (
              <option key={s.zone} value={s.zone}>
                {s.label}
              </option>
            ))}
        </optgroup>
        <optgroup label={t("allZones")}>
          {others
            .filter((z) => !listed.has(z))
            .map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
        </optgroup>
      </select>
      {chosen ? (
        <button type="button" className="button button--small" onClick={() => setZone(null)}>
          {t("useMine")}
        </button>
      ) : null}
    </div>
  );
}
