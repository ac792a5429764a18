// lib/time against an independent oracle: Python's zoneinfo (the system's tz database).
// Every hour of two years in zones with half-hour, 45-minute, southern and date-line rules.
import { execFileSync } from "node:child_process";
import { systemTzRelease } from "../../scripts/lib/tzdata";
import { describe, expect, it } from "vitest";
import { toLocalIso, utcOffsetMinutes, wallClockToInstant } from "./index";

const ZONES = [
  "Europe/Paris",
  "America/Toronto",
  "America/Vancouver",
  "Asia/Tehran",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Pacific/Chatham",
  "Australia/Sydney",
  "Pacific/Apia",
  "Europe/London",
];
const FROM = Date.UTC(2026, 0, 1);
const HOURS = 2 * 365 * 24;

function python(): string | null {
  for (const bin of ["python3", "python"]) {
    try {
      execFileSync(bin, ["-c", "import zoneinfo"], { stdio: "ignore" });
      return bin;
    } catch {
      // try the next
    }
  }
  return null;
}

const bin = python();

/**
 * The oracle judges the arithmetic only if it knows the rules the runtime knows: a tz database
 * older than the runtime's disagrees wherever the rules changed since (tz 2026 moved
 * America/Vancouver to permanent UTC-7 from 2026-11-01; Debian's 2025b still falls back). A newer
 * one that disagrees means the runtime's rules are out of date, which is a real wrong time.
 * `npm test` installs Debian's current tzdata when the system's is older than Node's.
 */

// Each test walks two years of hours through two runtimes: seconds, not milliseconds.
describe.skipIf(!bin)("the oracle (Python zoneinfo)", { timeout: 60_000 }, () => {
  it("reads a tz database at least as new as the runtime's", () => {
    const system = systemTzRelease();
    expect(system && system >= process.versions.tz!, `system tzdata ${system} is older than Node's ${process.versions.tz}: apt-get install tzdata`).toBe(true);
  });

  it("agrees on the UTC offset of every hour of 2026-2027 in each zone", () => {
    const script = `
import sys, json, zoneinfo, datetime
start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
out = {}
for name in sys.argv[1:]:
    z = zoneinfo.ZoneInfo(name)
    out[name] = [int((start + datetime.timedelta(hours=h)).astimezone(z).utcoffset().total_seconds() // 60) for h in range(${HOURS})]
print(json.dumps(out))`;
    const oracle = JSON.parse(execFileSync(bin!, ["-c", script, ...ZONES], { maxBuffer: 64 * 1024 * 1024 }).toString()) as Record<string, number[]>;
    for (const zone of ZONES) {
      const mismatches: string[] = [];
      for (let h = 0; h < HOURS; h++) {
        const instant = new Date(FROM + h * 3_600_000);
        if (utcOffsetMinutes(instant, zone) !== oracle[zone]![h]) mismatches.push(toLocalIso(instant, zone));
      }
      expect(mismatches, zone).toEqual([]);
    }
  });

  it("agrees on the instant of wall-clock times, and on which ones fall in a gap or a fold", () => {
    const script = `
import sys, json, zoneinfo, datetime
out = []
for name in sys.argv[1:]:
    z = zoneinfo.ZoneInfo(name)
    day = datetime.datetime(2026, 1, 1)
    while day.year < 2028:
        for minute in (0, 30):
            local = day.replace(minute=minute)
            a = local.replace(tzinfo=z, fold=0)
            b = local.replace(tzinfo=z, fold=1)
            ua, ub = a.astimezone(datetime.timezone.utc), b.astimezone(datetime.timezone.utc)
            back = ua.astimezone(z).replace(tzinfo=None)
            kind = "gap" if back != local else ("fold" if ua != ub else "ok")
            if kind != "ok" or local.hour == 17:
                out.append([name, local.strftime("%Y-%m-%dT%H:%M"), kind, ua.strftime("%Y-%m-%dT%H:%M:%SZ")])
        day += datetime.timedelta(hours=1)
print(json.dumps(out))`;
    const cases = JSON.parse(execFileSync(bin!, ["-c", script, ...ZONES], { maxBuffer: 64 * 1024 * 1024 }).toString()) as [string, string, string, string][];
    expect(cases.filter((c) => c[2] === "gap").length).toBeGreaterThan(10);
    expect(cases.filter((c) => c[2] === "fold").length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const [zone, local, kind, utc] of cases) {
      const result = wallClockToInstant(local, zone);
      const got = result.ok ? "ok" : result.problem;
      if (got !== kind || (result.ok && result.instant.toISOString().replace(".000Z", "Z") !== utc)) wrong.push(`${zone} ${local}: ${got}, oracle ${kind}`);
    }
    expect(wrong).toEqual([]);
  });
});
