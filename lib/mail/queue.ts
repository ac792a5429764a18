/**
 * The mail queue: pg-boss in the app's own PostgreSQL (its tables in the "pgboss" schema, made
 * by pg-boss on start; no other server to run). One job per message, sent in the transaction
 * that writes the message (lib/mail/outbox.ts), so a change that rolls back sends nothing. Every
 * app instance runs a worker (instrumentation.ts); pg-boss hands each job to one of them.
 */
import "server-only";
import { PgBoss, type JobResult, type JobWithMetadata } from "pg-boss";
import { env } from "@/lib/env";
import type { Tx } from "@/lib/data/or-throw";

export const MAIL_QUEUE = "mail";
/** One job per person waiting for a digest of changes: a second one within the window is not queued. */
export const DIGEST_QUEUE = "mail-digest";
/** One job per event waiting to tell the coordinators of new city registrations, in one message. */
export const REGISTRATION_QUEUE = "mail-registrations";
/** One job per change that concerns a city's (or an event's) attendees: the worker writes their messages in chunks. */
export const ATTENDEE_QUEUE = "mail-attendees";
/** Once a day (pg-boss's cron, run by one instance): attendees of past events are forgotten. */
export const RETENTION_QUEUE = "data-retention";
const RETENTION_CRON = "17 3 * * *";
/** Every few minutes (pg-boss's cron, run by one instance): reminders that are due. */
export const REMINDER_QUEUE = "mail-reminders";
const REMINDER_CRON = "*/5 * * * *";
/**
 * A worker that takes a delivery beats every few seconds while it holds it; a worker that dies
 * (a crash, a killed container) stops beating, and the supervisor (every instance runs one,
 * every SUPERVISE_SECONDS) hands the job to another attempt. So a message whose sender died
 * between taking it and the mail server's answer is sent again within about half a minute.
 */
const HEARTBEAT_SECONDS = 10;
const SUPERVISE_SECONDS = 10;

type State = { boss?: Promise<PgBoss>; working?: Promise<void>; retaining?: Promise<void> };
// On globalThis: route handlers, server actions and instrumentation are bundled apart, and
// must share one pool and one worker per process.
const state = ((globalThis as { __simulconfMail?: State }).__simulconfMail ??= {});

/** The process's started pg-boss (made once; its first start creates its schema). */
export function mailQueue(): Promise<PgBoss> {
  state.boss ??= (async () => {
    const boss = new PgBoss({
      connectionString: env().DATABASE_URL,
      max: 3,
      application_name: "simulconf-mail",
      superviseIntervalSeconds: SUPERVISE_SECONDS,
    });
    boss.on("error", (error) => console.error(`[mail] queue: ${error.message}`));
    await boss.start();
    // Made once, then kept up to date (a queue's policy cannot change; its heartbeat can).
    for (const [name, policy] of [
      [MAIL_QUEUE, "standard"],
      [DIGEST_QUEUE, "short"],
      [REGISTRATION_QUEUE, "short"],
      [REMINDER_QUEUE, "short"],
      [ATTENDEE_QUEUE, "standard"],
      [RETENTION_QUEUE, "short"],
    ] as const) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { policy, heartbeatSeconds: HEARTBEAT_SECONDS });
      else await boss.updateQueue(name, { heartbeatSeconds: HEARTBEAT_SECONDS });
    }
    return boss;
  })().catch((error: unknown) => {
    state.boss = undefined;
    throw error;
  });
  return state.boss;
}

/**
 * Retries: the first after MAIL_RETRY_SECONDS, each later one twice as long, at most an hour
 * apart; 40 of them cover more than a day of a mail server being down.
 */
export function retryOptions() {
  const delay = env().MAIL_RETRY_SECONDS;
  return { retryLimit: 40, retryDelay: delay, retryBackoff: true, retryDelayMax: Math.max(delay, 3600) };
}

/** pg-boss's statements run through `tx`: the job exists only if the transaction commits. */
const through = (tx: Tx) => ({
  executeSql: async (text: string, values?: unknown[]) => ({ rows: (await tx.$queryRawUnsafe(text, ...(values ?? []))) as unknown[] }),
});

/** Queues the delivery of message `id` inside `tx`. */
export async function queueDelivery(tx: Tx, id: string) {
  await (await mailQueue()).send(MAIL_QUEUE, { id }, { ...retryOptions(), db: through(tx) });
}

/**
 * Queues, in `tx`, a batch job for `key` (a person, an event) to run when the digest window
 * closes; while one is waiting for that key, another is not queued (the "short" policy).
 */
async function queueBatch(tx: Tx, queue: string, key: string, data: object) {
  const boss = await mailQueue();
  await boss.send(queue, data, { singletonKey: key, startAfter: env().MAIL_DIGEST_SECONDS, ...retryOptions(), db: through(tx) });
}

/** The digest of `speakerId`'s changes, due when the window closes. */
export const queueDigest = (tx: Tx, speakerId: string) => queueBatch(tx, DIGEST_QUEUE, speakerId, { speakerId });

/** The coordinators' notice of an event's new registrations, due when the window closes. */
export const queueRegistrationNotice = (tx: Tx, eventId: string) => queueBatch(tx, REGISTRATION_QUEUE, eventId, { eventId });

/** A change that concerns attendees: their city withdrew, the event was cancelled, or its time moved (`before`). */
export type AttendeeNoticeJob = {
  eventId: string;
  /** Only this city's attendees (else every city's). */
  hostCityId?: string;
  notice: "cityWithdrawn" | "eventCancelled" | "timeChanged";
  /** The event's times before a move (ISO instants). */
  before?: { startsAt: string; endsAt: string };
  /** What makes this change unique (a version, the new start): one message per attendee per change. */
  key: string;
};

/** Queues, in `tx`, the messages to the attendees a change concerns (written by the worker, so a request never waits for thousands). */
export async function queueAttendeeNotice(tx: Tx, job: AttendeeNoticeJob) {
  await (await mailQueue()).send(ATTENDEE_QUEUE, job, { ...retryOptions(), db: through(tx) });
}

type Workers = {
  deliver: (id: string, attempt: { retryCount: number; retryLimit: number }) => Promise<void>;
  digest: (speakerId: string) => Promise<void>;
  registrations: (eventId: string) => Promise<void>;
  remind: (now: Date) => Promise<void>;
  attendees: (job: AttendeeNoticeJob) => Promise<void>;
};

/** Starts this process's workers once: deliveries, digests, and the reminder sweep (every 5 minutes). */
export function startMailWorker(workers: Workers): Promise<void> {
  state.working ??= (async () => {
    const boss = await mailQueue();
    // Up to 10 deliveries per fetch, fetched again at once while the queue has more (a burst of
    // messages goes at the mail server's pace, not one per poll); each job succeeds or fails alone.
    const options = { includeMetadata: true, perJobResults: true, pollingIntervalSeconds: 1, batchSize: 10, burstWhenBatchFull: true } as const;
    await boss.work(MAIL_QUEUE, options, async (jobs: JobWithMetadata<{ id: string }>[]) => {
      const results: JobResult[] = [];
      for (const job of jobs) {
        try {
          await workers.deliver(job.data.id, { retryCount: job.retryCount, retryLimit: job.retryLimit });
          results.push({ id: job.id, status: "completed" });
        } catch (error) {
          results.push({ id: job.id, status: "failed", output: { message: error instanceof Error ? error.message : String(error) } });
        }
      }
      return results;
    });
    await boss.work<{ speakerId: string }>(DIGEST_QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await workers.digest(job.data.speakerId);
    });
    await boss.work<{ eventId: string }>(REGISTRATION_QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await workers.registrations(job.data.eventId);
    });
    await boss.work(REMINDER_QUEUE, { pollingIntervalSeconds: 30, batchSize: 1 }, async () => workers.remind(new Date()));
    await boss.work<AttendeeNoticeJob>(ATTENDEE_QUEUE, { pollingIntervalSeconds: 1, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) await workers.attendees(job.data);
    });
    await boss.schedule(REMINDER_QUEUE, REMINDER_CRON);
  })().catch((error: unknown) => {
    state.working = undefined;
    throw error;
  });
  return state.working;
}

/** Starts this process's daily retention sweep once (with or without a mail server: personal data is forgotten either way). */
export function startRetention(forget: (now: Date) => Promise<void>): Promise<void> {
  state.retaining ??= (async () => {
    const boss = await mailQueue();
    await boss.work(RETENTION_QUEUE, { pollingIntervalSeconds: 60, batchSize: 1 }, async () => forget(new Date()));
    await boss.schedule(RETENTION_QUEUE, RETENTION_CRON);
  })().catch((error: unknown) => {
    state.retaining = undefined;
    throw error;
  });
  return state.retaining;
}
