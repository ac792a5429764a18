/**
 * What the tests need from the operating system: Debian's Chromium (Playwright cannot download
 * browsers here), xmllint (schema validation of schedule.xml), nginx and Redis (the cluster's
 * test) and a tz database at least as new
 * as Node's (the oracle test of lib/time compares against it; lib/time/oracle.test.ts says why).
 * Installed with apt when running as root, else the exact command is printed.
 */
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { SetupError } from "./main";
import { mustRun } from "./run";
import { systemTzRelease } from "./tzdata";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const has = (command: string) => {
  try {
    execSync(`command -v ${command}`, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

export async function ensureSystemDeps() {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push("chromium");
  if (!has("xmllint")) missing.push("libxml2-utils");
  // The cluster's test (test/integration/cluster.test.ts) runs the production topology.
  if (!has("nginx") && !existsSync("/usr/sbin/nginx")) missing.push("nginx");
  if (!has("redis-server")) missing.push("redis-server");
  const tz = systemTzRelease();
  if (tz && tz < process.versions.tz!) missing.push("tzdata");
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  if (process.getuid?.() === 0 && has("apt-get")) {
    console.log(`[test] Installing ${missing.join(", ")} from Debian's packages…`);
    await mustRun("sh", ["-c", `DEBIAN_FRONTEND=noninteractive ${command}`]);
    return;
  }
  throw new SetupError(
    `The tests need ${missing.join(" and ")}, which are missing or older than Node's (tz ${process.versions.tz}). Run:\n\n    sudo ${command}\n\n` +
      `(or set CHROMIUM_PATH to a Chromium that matches Playwright 1.64) and run npm test again.`,
  );
}

/** What `npm run cluster` runs besides the app: nginx and Redis, from Debian's packages. */
export async function ensureClusterDeps() {
  const missing = [
    ...(has("nginx") || existsSync("/usr/sbin/nginx") ? [] : ["nginx"]),
    ...(has("redis-server") || process.env.REDIS_URL ? [] : ["redis-server"]),
  ];
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  if (process.getuid?.() === 0 && has("apt-get")) {
    console.error(`[cluster] Installing ${missing.join(", ")} from Debian's packages…`);
    await mustRun("sh", ["-c", `DEBIAN_FRONTEND=noninteractive ${command}`], { stdio: ["ignore", process.stderr, process.stderr] });
    return;
  }
  throw new SetupError(
    `The cluster needs ${missing.join(" and ")}. Run:\n\n    sudo ${command}\n\nand run npm run cluster again (or set REDIS_URL to a Redis or Valkey of yours).`,
  );
}
