/** Defaults of the scripts, each overridable by the environment (.env.example). */
export const DEMO_DATABASE = "simulconf";

export function embeddedPort(): number {
  return Number.parseInt(process.env.EMBEDDED_PG_PORT ?? "54329", 10);
}

export function testEmbeddedPort(): number {
  return Number.parseInt(process.env.TEST_EMBEDDED_PG_PORT ?? "54339", 10);
}
