"use client";
/** A hidden field holding the browser's IANA zone once the page runs (empty without JavaScript: the server then uses the event's zone). */
import { useEffect, useState } from "react";

export function BrowserZoneInput({ name }: { name: string }) {
  const [zone, setZone] = useState("");
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? ""), []);
  return <input type="hidden" name={name} value={zone} />;
}
