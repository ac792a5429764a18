import { readFileSync } from "node:fs";

/** The release of the system's tz database (/usr/share/zoneinfo), e.g. 2026f; null when unknown. */
export function systemTzRelease(): string | null {
  try {
    return /^# version (\S+)/.exec(readFileSync("/usr/share/zoneinfo/tzdata.zi", "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}
