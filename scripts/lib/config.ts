/** Defaults of the scripts, each overridable by the environment (.env.example). */
export const DEMO_DATABASE = "simulconf";

/** The embedded PostgreSQL of the demo, the tests and the benchmark: data folder and port. */
export type EmbeddedCluster = { cluster: string; port: number; portVariable: string };

const cluster = (name: string, portVariable: string, port: string): EmbeddedCluster => ({
  cluster: name,
  port: Number.parseInt(process.env[portVariable] ?? port, 10),
  portVariable,
});

export const demoCluster = () => cluster("postgres", "EMBEDDED_PG_PORT", "54329");
export const testCluster = () => cluster("postgres-test", "TEST_EMBEDDED_PG_PORT", "54339");
export const benchCluster = () => cluster("postgres-bench", "BENCH_EMBEDDED_PG_PORT", "54349");

export const TEST_DIST_DIR = ".next-test";

/** The test server's session secret (tests sign their own cookies with it to test lifetimes). */
export const TEST_AUTH_SECRET = "test-secret-not-for-production-0123456789abcdef";

export function testPort(): number {
  return Number.parseInt(process.env.TEST_PORT ?? "3100", 10);
}

/** Where the test server's SMTP server keeps the messages it accepts (scripts/lib/mail-sink.ts). */
export const TEST_MAIL_DIR = ".data/test-mail";

export function testSmtpPort(): number {
  return Number.parseInt(process.env.TEST_SMTP_PORT ?? "2525", 10);
}

/** Where scripts/test-server.ts tells the test runners what it serves. */
export const TEST_ENV_FILE = ".data/test-server.json";
export type TestServerInfo = { baseUrl: string; databaseUrl: string };

/**
 * Each instance's memory budget (deploy/simulconf@.service says the same): a capped old space and
 * a small young generation. Measured here (docs/benchmarks.md): Node's defaults let an instance
 * grow past 600 MB under the benchmark's mix; a 256 MB old space alone halved the static file's
 * rate (young-generation collections); a small young generation keeps about the default speed.
 */
export const INSTANCE_NODE_OPTIONS = "--max-old-space-size=224 --max-semi-space-size=2";
