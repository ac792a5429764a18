/**
 * Runs once when a server process starts (Next's instrumentation hook): every instance starts
 * its mail worker here (lib/mail/worker.ts); the queue gives each message to one of them.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startMailDelivery } = await import("@/lib/mail/worker");
    await startMailDelivery().catch((error: unknown) => console.error(`[mail] the worker did not start: ${(error as Error).message}`));
  }
}
