import { spawn, type SpawnOptions } from "node:child_process";
import path from "node:path";
import { ROOT } from "./database";

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", cwd: ROOT, ...options });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and throws when it fails. */
export async function mustRun(command: string, args: string[], options: SpawnOptions = {}) {
  const code = await run(command, args, options);
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
}

export const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

/** `prisma migrate deploy` against `databaseUrl` (through prisma/migration-adapter.ts). */
export async function migrateDeploy(databaseUrl: string, quiet = false) {
  await mustRun(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: quiet ? "ignore" : "inherit",
  });
}
