/**
 * A real SMTP server for the tests (the `smtp-server` package) that keeps every message it
 * accepts as a file (<dir>/<time>-<n>.eml) for the tests to read and parse. While a file named
 * "refuse" is in <dir>, it answers every message "421 try again later", as a mail server being
 * restarted does; "reject" makes it refuse for good ("550 no such mailbox"); "stall" makes it take
 * the message and never answer (a server that hangs), leaving a file "stalled-<n>" for each.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export async function startMailSink(dir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (existsSync(path.join(dir, "stall"))) return writeFileSync(path.join(dir, `stalled-${++count}`), ""); // no answer: the sender waits
        if (existsSync(path.join(dir, "refuse"))) return callback(Object.assign(new Error("Try again later"), { responseCode: 421 }));
        if (existsSync(path.join(dir, "reject"))) return callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
        writeFileSync(path.join(dir, `${Date.now()}-${String(++count).padStart(5, "0")}.eml`), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  // A sender that goes away mid-message (a killed app instance) is not this server's failure.
  server.on("error", (error) => console.error(`[mail-sink] ${error.message}`));
  return { url: `smtp://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
