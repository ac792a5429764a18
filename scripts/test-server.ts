/**
 * The server every integration and end-to-end test talks to: a fresh test database
 * (embedded PostgreSQL in .data/postgres-test unless DATABASE_URL is set, in which case
 * `<its database>_test` on that server), migrated and loaded with the demo data, and the
 * production build (.next-test) on TEST_PORT, delivering its mail to a real SMTP server on
 * TEST_SMTP_PORT that keeps each message in .data/test-mail. Runs until SIGINT/SIGTERM.
 */
import { mkdirSync, writeFileSync, rmSync } from "node:fs";
import path from "node:path";
import { TEST_AUTH_SECRET, TEST_DIST_DIR, TEST_ENV_FILE, TEST_MAIL_DIR, testCluster, testPort, testSmtpPort, type TestServerInfo } from "./lib/config";
import { startMailSink } from "./lib/mail-sink";
import { assertLocalDatabase, databaseNameOf, ensureDatabase, ensureServer, ROOT } from "./lib/database";
import { buildIfChanged, clearRuntimeCache, shutdownOnSignals, startNext, waitForUrl } from "./lib/next-app";
import { describeError, runMain } from "./lib/main";
import { assertPortFree } from "./lib/ports";
import { migrate } from "./lib/run";
import { seedDemo } from "../prisma/seed/demo";

const log = (line: string) => console.log(`[test-server] ${line}`);

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // Before touching the database: another test server may be using it.
  const port = testPort();
  await assertPortFree(port, "TEST_PORT", "the test server (another one running?)");
  await assertPortFree(testSmtpPort(), "TEST_SMTP_PORT", "the test server's mail server");
  const mail = await startMailSink(path.join(ROOT, TEST_MAIL_DIR), testSmtpPort());
  const server = await ensureServer({ ...testCluster(), log });
  const infoFile = path.join(ROOT, TEST_ENV_FILE);
  let next: ReturnType<typeof startNext> | undefined;
  const shutdown = shutdownOnSignals({ next: () => next, database: server, beforeStop: () => rmSync(infoFile, { force: true }) });

  try {
    const base = process.env.DATABASE_URL ? databaseNameOf(process.env.DATABASE_URL) : "simulconf";
    assertLocalDatabase(server.serverUrl);
    const databaseUrl = await ensureDatabase(server.serverUrl, `${base}_test`, { fresh: true });
    await migrate(databaseUrl, log);
    log(await seedDemo(databaseUrl));
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      // The tests are the proxy: X-Forwarded-For from loopback says which client they play.
      TRUSTED_PROXIES: "loopback",
      // As in production, so the tests exercise the cached feeds (lib/data/feeds.ts).
      PUBLIC_BASE_URL: `http://localhost:${port}`,
      SMTP_URL: mail.url,
      MAIL_FROM: "Simulconf tests <no-reply@simulconf.test>",
      // Retries within the tests' patience (production: 30 s, doubling).
      MAIL_RETRY_SECONDS: "1",
      MAIL_DIGEST_SECONDS: "2",
      // Built in (next.config.ts): the reminder sweep at a clock the tests choose (app/api/test/).
      SIMULCONF_TEST_HOOKS: "1",
    };
    await buildIfChanged(TEST_DIST_DIR, env, log);
    clearRuntimeCache(TEST_DIST_DIR);
    next = startNext(TEST_DIST_DIR, port, env);
    next.once("exit", (code) => void shutdown(code ?? 1));
    const baseUrl = `http://localhost:${port}`;
    await waitForUrl(`${baseUrl}/api/v1/events`, next);
    mkdirSync(path.dirname(infoFile), { recursive: true });
    writeFileSync(infoFile, JSON.stringify({ baseUrl, databaseUrl } satisfies TestServerInfo));
    log(`ready at ${baseUrl}`);
  } catch (error) {
    console.error(`[test-server] ${describeError(error)}`);
    await shutdown(1);
  }
}

runMain("test-server", main);
