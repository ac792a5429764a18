/** Defaults of the scripts, each overridable by the environment (.env.example). */
export const DEMO_DATABASE = "simulconf";

export function embeddedPort(): number {
  return Number.parseInt(process.env.EMBEDDED_PG_PORT ?? "54329", 10);
}

export function testEmbeddedPort(): number {
  return Number.parseInt(process.env.TEST_EMBEDDED_PG_PORT ?? "54339", 10);
}

export const TEST_DIST_DIR = ".next-test";

export function testPort(): number {
  return Number.parseInt(process.env.TEST_PORT ?? "3100", 10);
}

/** Where scripts/test-server.ts tells the test runners what it serves. */
export const TEST_ENV_FILE = ".data/test-server.json";
export type TestServerInfo = { baseUrl: string; databaseUrl: string };
