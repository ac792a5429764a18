/**
 * npm run demo: database (embedded unless DATABASE_URL is set), migrations, demo data,
 * AUTH_SECRET, production build (skipped when nothing changed), then serve on PORT.
 * Ctrl-C stops the server and the embedded database.
 *   npm run demo -- --reset   start from an empty demo database
 */
import { DEMO_DATABASE, embeddedPort } from "./lib/config";
import { databaseNameOf, ensureDatabase, ensureServer, redact } from "./lib/database";
import { buildIfChanged, clearRuntimeCache, shutdownOnSignals, startNext, waitForUrl } from "./lib/next-app";
import { migrateDeploy } from "./lib/run";
import { ensureAuthSecret } from "./lib/secret";
import { seedDemo } from "../prisma/seed/demo";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-data";

const log = (line: string) => console.log(`[demo] ${line}`);

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const reset = process.argv.includes("--reset");
  const port = Number.parseInt(process.env.PORT ?? "3000", 10);

  const server = await ensureServer({ cluster: "postgres", port: embeddedPort() });
  let next: ReturnType<typeof startNext> | undefined;
  const shutdown = shutdownOnSignals({ next: () => next, database: server, beforeStop: () => log("Stopping…") });

  try {
    let databaseUrl: string;
    if (process.env.DATABASE_URL) {
      databaseUrl = process.env.DATABASE_URL;
      if (reset) throw new Error("--reset only resets the embedded database; reset your own server yourself.");
      log(`Using DATABASE_URL (${redact(databaseUrl)}).`);
    } else {
      databaseUrl = await ensureDatabase(server.serverUrl, DEMO_DATABASE, { fresh: reset });
      log(`Embedded PostgreSQL on port ${embeddedPort()} (data in .data/postgres), database ${databaseNameOf(databaseUrl)}.`);
    }
    log("Applying migrations…");
    await migrateDeploy(databaseUrl, true);
    log(await seedDemo(databaseUrl));

    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: ensureAuthSecret(),
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production" as const,
    };
    await buildIfChanged(".next", env, log);
    clearRuntimeCache(".next");
    next = startNext(".next", port, env);
    next.once("exit", (code) => void shutdown(code ?? 1));
    const url = `http://localhost:${port}`;
    await waitForUrl(`${url}/api/v1/events`, next);

    console.log(`
  Simulconf is running at ${url}

  Try ${url}/events/interactive-conference-2018

  Demo logins (password: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `    ${u.email.padEnd(24)} ${u.role.toLowerCase()}`).join("\n")}

  Press Ctrl-C to stop.
`);
  } catch (error) {
    console.error(`[demo] ${error instanceof Error ? error.message : String(error)}`);
    await shutdown(1);
  }
}

void main();
