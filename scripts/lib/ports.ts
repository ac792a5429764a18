import net from "node:net";
import { SetupError } from "./main";

/**
 * Refuses, with the fix, a port another program already listens on, before anything is started
 * on it. `host` is where the server will listen (undefined: every address, as Next does).
 */
export async function assertPortFree(port: number, variable: string, what: string, host?: string) {
  const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
    const probe = net.createServer();
    probe.once("error", resolve);
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
  if (!error) return;
  if (error.code === "EADDRINUSE") {
    throw new SetupError(
      `Port ${port} is in use by another program, so ${what} cannot listen there. Stop that program, or choose another port: ${variable}=${port + 1}.`,
    );
  }
  throw new SetupError(`${what} cannot listen on port ${port} (${error.code}). Choose a free port above 1023 with ${variable}.`);
}
