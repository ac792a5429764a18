/**
 * npm run demo: database (embedded unless DATABASE_URL is set), migrations (skipped when the
 * database is up to date), demo data, AUTH_SECRET, production build (skipped when nothing
 * changed), then serve on PORT. Ctrl-C stops the server and the embedded database.
 *   npm run demo -- --reset   start from an empty demo database
 */
import { DEMO_DATABASE, demoCluster } from "./lib/config";
import { databaseNameOf, ensureDatabase, ensureServer, redact } from "./lib/database";
import { describeError, runMain, SetupError } from "./lib/main";
import { buildIfChanged, clearRuntimeCache, shutdownOnSignals, startNext, waitForUrl } from "./lib/next-app";
import { assertPortFree } from "./lib/ports";
import { migrate } from "./lib/run";
import { ensureAuthSecret } from "./lib/secret";
import { seedDemo } from "../prisma/seed/demo";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-data";

const log = (line: string) => console.log(`[demo] ${line}`);

async function main() {
  const started = Date.now();
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const reset = process.argv.includes("--reset");
  const port = Number.parseInt(process.env.PORT ?? "3000", 10);
  if (reset && process.env.DATABASE_URL) throw new SetupError("--reset only resets the embedded database; reset your own server yourself.");

  const cluster = demoCluster();
  await assertPortFree(port, "PORT", "the demo server");
  const server = await ensureServer({ ...cluster, log });
  let next: ReturnType<typeof startNext> | undefined;
  const shutdown = shutdownOnSignals({ next: () => next, database: server, beforeStop: () => log("Stopping…") });

  try {
    let databaseUrl: string;
    if (process.env.DATABASE_URL) {
      databaseUrl = process.env.DATABASE_URL;
      log(`Using DATABASE_URL (${redact(databaseUrl)}).`);
    } else {
      databaseUrl = await ensureDatabase(server.serverUrl, DEMO_DATABASE, { fresh: reset });
      log(`Embedded PostgreSQL on port ${cluster.port} (data in .data/${cluster.cluster}), database ${databaseNameOf(databaseUrl)}.`);
    }
    await migrate(databaseUrl, log);
    log(await seedDemo(databaseUrl));

    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: ensureAuthSecret(),
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production" as const,
      // Absolute links in feeds and metadata (schema.org @id, calendar URLs) name this server.
      PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${port}`,
    };
    await buildIfChanged(".next", env, log);
    clearRuntimeCache(".next");
    next = startNext(".next", port, env);
    next.once("exit", (code) => void shutdown(code ?? 1));
    const url = `http://localhost:${port}`;
    await waitForUrl(`${url}/api/v1/events`, next);

    console.log(`
  Simulconf is running at ${url} (ready in ${Math.round((Date.now() - started) / 1000)} s, Node.js ${process.versions.node})

  Try ${url}/events/interactive-conference-2018

  Demo logins (password: ${DEMO_PASSWORD})
${DEMO_USERS.map((u) => `    ${u.email.padEnd(24)} ${u.role.toLowerCase()}`).join("\n")}

  Press Ctrl-C to stop.
`);
  } catch (error) {
    console.error(`[demo] ${describeError(error)}`);
    await shutdown(1);
  }
}

runMain("demo", main);
