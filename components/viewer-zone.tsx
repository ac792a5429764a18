"use client";
/**
 * The zone the viewer reads times in: their browser's zone, or the one they chose
 * (remembered in localStorage). Computed in the browser only, so the server-rendered,
 * cached page is the same for everyone; before hydration (or without JavaScript) pages
 * show the anchor and city times they were rendered with.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { normalizeTimeZone } from "@/lib/time";
import type { ZoneOption } from "@/lib/time/zone-options";
import { FormField } from "@/components/form-field";
import { ZoneOptionsProvider, ZonePicker } from "@/components/zone-picker";

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

/**
 * "Show times in: [zone]": the searchable zone picker, with the event's own zones first (given by
 * the page, named in the reader's language) and every other zone loaded when the reader opens it.
 */
export function ViewerZonePicker({ options, date, locale }: { options: ZoneOption[]; date: string; locale: string }) {
  const t = useTranslations("ViewerTime");
  const { zone, detected, chosen, setZone } = useViewerZone();
  const load = useCallback(async () => {
    const response = await fetch(`/api/v1/time-zones?locale=${encodeURIComponent(locale)}&date=${encodeURIComponent(date)}`);
    if (!response.ok) throw new Error(`time zones: ${response.status}`);
    return ((await response.json()) as { zones: ZoneOption[] }).zones;
  }, [locale, date]);
  if (!zone) return null;
  return (
    <div className="viewer-zone">
      <FormField idPrefix="viewer" name="zone" label={t("showIn")}>
        {(control) => (
          <ZoneOptionsProvider options={options}>
            <ZonePicker
              control={control}
              value={zone}
              onChange={(next) => setZone(!next || next === detected ? null : next)}
              suggested={[...(detected ? [detected] : []), ...options.map((o) => o.id)]}
              loadOptions={load}
            />
          </ZoneOptionsProvider>
        )}
      </FormField>
      {chosen ? (
        <button type="button" className="button button--small" onClick={() => setZone(null)}>
          {t("useMine")}
        </button>
      ) : null}
    </div>
  );
}
