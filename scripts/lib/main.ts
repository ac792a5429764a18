/**
 * How every script starts and ends: on a supported Node.js, and with one short message and exit
 * code 1 when something fails, never an unhandled exception or a stack trace (set DEBUG=1 to see
 * where an unexpected error came from).
 */

/** A failure the person running the script can fix; its message names the cause and the fix. */
export class SetupError extends Error {
  override name = "SetupError";
}

/** The oldest Node.js major the app, the scripts and the tests run on (a maintained LTS). */
export const NODE_MAJOR = 24;

export function describeError(error: unknown): string {
  if (error instanceof SetupError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const where = process.env.DEBUG ? `\n${error instanceof Error ? error.stack : ""}` : " (set DEBUG=1 to see where)";
  return `${message}${where}`;
}

/**
 * Runs a script's `main`. A number it resolves with becomes the exit code; a rejection, an
 * uncaught exception or an unhandled rejection prints `[tag] message` and exits with 1.
 */
export function runMain(tag: string, main: () => Promise<number | void>) {
  const fail = (error: unknown) => {
    console.error(`[${tag}] ${describeError(error)}`);
    process.exit(1);
  };
  const major = Number.parseInt(process.versions.node.split(".")[0] ?? "0", 10);
  if (major < NODE_MAJOR) {
    fail(
      new SetupError(
        `This runs on Node.js ${NODE_MAJOR} or newer, and this is Node.js ${process.versions.node}. ` +
          `Start it through npm (npm run demo, npm test, …): npm puts the Node.js ${NODE_MAJOR} that npm ci installed ` +
          `(node_modules/.bin/node) first on the PATH.`,
      ),
    );
  }
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  main().then((code) => {
    if (typeof code === "number") process.exit(code);
  }, fail);
}
