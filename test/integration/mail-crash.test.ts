// A crash between the commit of a change and the delivery of its message: the instance that
// took the delivery is killed (SIGKILL, no goodbye) while its mail server has not yet answered;
// a new instance finds the mail server down for a while, then delivers the message once, with
// the same Message-ID. Its own database and mail server, so that the test server's worker cannot
// take the job instead.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import pg from "pg";
import { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_AUTH_SECRET, TEST_DIST_DIR } from "../../scripts/lib/config";
import { ensureDatabase, ROOT, withDatabaseName } from "../../scripts/lib/database";
import { startMailSink } from "../../scripts/lib/mail-sink";
import { waitForUrl } from "../../scripts/lib/next-app";
import { bin, migrate } from "../../scripts/lib/run";
import { seedDemo } from "../../prisma/seed/demo";
import { call, databaseUrl, signIn } from "./helpers";

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });

/** A real mail server of the test's own (scripts/lib/mail-sink.ts): `stall` makes it hang, `accepted` reads what it took. */
async function startSink(dir: string, port: number, { stalling = true } = {}) {
  const server = await startMailSink(dir, port);
  if (stalling) writeFileSync(path.join(dir, "stall"), "");
  const files = () => readdirSync(dir);
  return {
    stalled: () => files().filter((name) => name.startsWith("stalled-")).length,
    accepted: () =>
      Promise.all(
        files()
          .filter((name) => name.endsWith(".eml"))
          .map((name) => simpleParser(readFileSync(path.join(dir, name)))),
      ),
    stop: server.stop,
  };
}

/** An app instance of the test build, in a process group of its own (killed whole). */
function startInstance(port: number, env: Record<string, string>): ChildProcess {
  return spawn(bin("tsx"), ["server.ts"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env, NEXT_DIST_DIR: TEST_DIST_DIR, PORT: String(port) },
  });
}

const kill = (child: ChildProcess | undefined, signal: NodeJS.Signals) => {
  if (!child?.pid || child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, signal);
  } catch {
    return Promise.resolve();
  }
  return exited;
};

const until = async (check: () => Promise<boolean> | boolean, seconds: number, what: string) => {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not within ${seconds} s`);
};

describe("deliveries across instances", () => {
  let crashUrl: string;
  let sink: Awaited<ReturnType<typeof startSink>>;
  const sinkDir = path.join(tmpdir(), `simulconf-crash-mail-${process.pid}`);
  let env: Record<string, string>;
  let smtpPort: number;
  const instances: ChildProcess[] = [];
  const query = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: crashUrl });
    await client.connect();
    try {
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    const main = new URL(databaseUrl());
    crashUrl = await ensureDatabase(withDatabaseName(databaseUrl(), "postgres"), `${main.pathname.slice(1)}_crash`, { fresh: true });
    await migrate(crashUrl, () => {});
    await seedDemo(crashUrl);
    smtpPort = await freePort();
    sink = await startSink(sinkDir, smtpPort);
    env = {
      DATABASE_URL: crashUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Simulconf tests <no-reply@simulconf.test>",
      MAIL_RETRY_SECONDS: "1",
      MAIL_DIGEST_SECONDS: "2",
    };
  });

  afterAll(async () => {
    for (const instance of instances) await kill(instance, "SIGTERM");
    await sink?.stop();
    rmSync(sinkDir, { recursive: true, force: true });
    if (crashUrl) await ensureDatabase(withDatabaseName(databaseUrl(), "postgres"), new URL(crashUrl).pathname.slice(1), { fresh: true });
  });

  it("is delivered once by a new instance, after the mail server comes back, with the same Message-ID", { timeout: 180_000 }, async () => {
    // Instance A: the coordinator approves a city; A's worker takes the message to the mail server, which hangs.
    const portA = await freePort();
    const a = startInstance(portA, env);
    instances.push(a);
    await waitForUrl(`http://127.0.0.1:${portA}/api/v1/events`, a);
    const base = `http://127.0.0.1:${portA}`;
    const [pending] = await query(
      `select e.slug as event, c.slug as city, c.name from "HostCity" c join "Event" e on e.id = c."eventId" where c.status = 'PENDING' order by c.name limit 1`,
    );
    const coordinator = (await signIn("coordinator@demo.test", undefined, base))!;
    const approved = await call(`/api/v1/events/${pending.event}/cities/${pending.city}/approve`, { method: "POST", cookie: coordinator, base });
    expect(approved.status).toBe(200);
    await until(() => sink.stalled() === 1, 20, "instance A's worker sending the message");

    // The crash: A dies while its mail server has the message but has not said "accepted".
    await kill(a, "SIGKILL");
    const [waiting] = await query(`select id, status from "Message" where kind = 'city.approved'`);
    expect(waiting.status).toBe("QUEUED");
    expect(await sink.accepted()).toHaveLength(0);

    // Instance B starts while the mail server is down (its port closed): B retries, and waits.
    await sink.stop();
    const portB = await freePort();
    const b = startInstance(portB, env);
    instances.push(b);
    await waitForUrl(`http://127.0.0.1:${portB}/api/v1/events`, b);
    await until(
      async () => (await query(`select "lastError" from "Message" where id = $1`, [waiting.id]))[0]?.lastError?.includes("ECONNREFUSED"),
      45,
      "instance B finding the mail server down",
    );
    expect((await query(`select status from "Message" where id = $1`, [waiting.id]))[0]?.status).toBe("RETRYING");

    // The mail server is back: the message goes, once.
    sink = await startSink(sinkDir, smtpPort, { stalling: false });
    await until(async () => (await sink.accepted()).length >= 1, 45, "the message delivered by instance B");
    const [mail] = await sink.accepted();
    expect(mail!.messageId).toBe(`<${waiting.id}@simulconf.test>`);
    expect(mail!.subject).toContain(pending.name); // the approval, in its organizer's language
    await until(async () => (await query(`select status from "Message" where id = $1`, [waiting.id]))[0]?.status === "SENT", 10, "the message marked sent");
    // Once: nothing more arrives.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await sink.accepted()).toHaveLength(1);
  });

  it("two instances working the same queue send each message once", { timeout: 120_000 }, async () => {
    // B (from the test above) and C take jobs from one queue while 30 messages are queued at once.
    const portC = await freePort();
    const c = startInstance(portC, env);
    instances.push(c);
    await waitForUrl(`http://127.0.0.1:${portC}/api/v1/events`, c);
    const before = (await sink.accepted()).length;
    const boss = new PgBoss({ connectionString: crashUrl, supervise: false, schedule: false });
    await boss.start();
    const ids: string[] = [];
    try {
      for (let n = 0; n < 30; n++) {
        const [{ id }] = await query(
          `insert into "Message" (id, kind, "idempotencyKey", "toEmail", locale, subject, text, html, "updatedAt")
           values (gen_random_uuid(), 'test.burst', $1, $2, 'en', $3, 'Hello', '<p>Hello</p>', now()) returning id`,
          [`test.burst:${n}`, `burst-${n}@example.org`, `Burst ${n}`],
        );
        ids.push(id);
        await boss.send("mail", { id });
      }
    } finally {
      await boss.stop({ graceful: false });
    }
    await until(async () => (await sink.accepted()).length - before >= 30, 40, "30 messages delivered");
    await new Promise((r) => setTimeout(r, 3000));
    const burst = (await sink.accepted()).filter((mail) => mail.subject?.startsWith("Burst ")).map((mail) => mail.messageId);
    expect(burst).toHaveLength(30);
    expect(new Set(burst)).toEqual(new Set(ids.map((id) => `<${id}@simulconf.test>`)));
    expect(await query(`select count(*)::int as sent from "Message" where kind = 'test.burst' and status = 'SENT' and attempts = 1`)).toEqual([{ sent: 30 }]);
  });
});
