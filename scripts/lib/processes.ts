/**
 * The processes of an app instance, found by the port it serves (its PORT): tsx and the
 * Node.js process it runs. Linux only (/proc), as the cluster and the benchmark are.
 */
import { readdirSync, readFileSync } from "node:fs";

export function processesServing(port: number): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
        return environ.includes(`PORT=${port}`) && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("server.ts");
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The resident memory of the instance on `port`, in MiB (its largest process: the server itself). */
export function residentMiB(port: number): number {
  const sizes = processesServing(port).map((pid) => {
    try {
      const line = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      return line ? Number(line[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  });
  return Math.round(Math.max(0, ...sizes));
}
