// Mail, end to end: the test server delivers to a real SMTP server (scripts/lib/mail-sink.ts)
// that keeps each message as a file; the files are parsed with mailparser. Nothing is mocked:
// the queue is pg-boss in the test database, the worker runs in the test server.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import { TEST_MAIL_DIR } from "../../scripts/lib/config";
import { call, callAction, createAccount, createCity, createEvent, signIn, sql } from "./helpers";

const DIR = path.resolve(__dirname, "..", "..", TEST_MAIL_DIR);

async function received(): Promise<ParsedMail[]> {
  const files = existsSync(DIR) ? readdirSync(DIR).filter((name) => name.endsWith(".eml")) : [];
  return Promise.all(files.sort().map((name) => simpleParser(readFileSync(path.join(DIR, name)))));
}

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);

/** The messages `address` received, once `count` of them are there (polled, at most `seconds`). */
async function mailsTo(address: string, count = 1, seconds = 20): Promise<ParsedMail[]> {
  for (let i = 0; i < seconds * 4; i++) {
    const mails = (await received()).filter((mail) => to(mail).includes(address));
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${address} received fewer than ${count} messages in ${seconds} s`);
}

async function pendingCity(options: { locale?: string; zone?: string } = {}) {
  const organizer = await createAccount({ name: "Nasrin Tavakoli" });
  if (options.locale) await sql(`update "User" set locale = $1 where id = $2`, [options.locale, organizer.id]);
  const event = await createEvent();
  const city = await createCity(event.id, organizer.email, "PENDING", "Lyon");
  if (options.zone) await sql(`update "HostCity" set "timeZone" = $1 where id = $2`, [options.zone, city.id]);
  return { organizer, event, city };
}

const decide = async (slug: string, citySlug: string, action: "approve" | "reject", body?: unknown) =>
  call(`/api/v1/events/${slug}/cities/${citySlug}/${action}`, {
    method: "POST",
    cookie: (await signIn("coordinator@demo.test"))!,
    body: body ? JSON.stringify(body) : undefined,
  });

const outbox = (email: string) => sql(`select kind, status, attempts, "lastError", locale from "Message" where "toEmail" = $1 order by "createdAt"`, [email]);

describe("a city's organizers are told of the coordinator's decision", () => {
  it("approved: in their language, with the start in the city's own time and what is still missing", async () => {
    const { organizer, event, city } = await pendingCity({ zone: "America/Toronto" });
    await sql(`update "HostCity" set "venueCapacity" = null, "venueAccessibility" = '' where id = $1`, [city.id]);
    expect((await decide(event.slug, city.slug, "approve")).status).toBe(200);
    const [mail] = await mailsTo(organizer.email);
    expect(mail!.subject).toBe(`Lyon is approved for Test event ${event.slug}`);
    // 15:00 UTC is 11:00 in Toronto, the same instant as 17:00 in Paris.
    expect(mail!.text).toContain("Saturday 28 August 2027, 11:00 EDT (America/Toronto)");
    expect(mail!.text).toContain("17:00 CEST in Europe/Paris");
    expect(mail!.text).toContain("- the number of seats");
    expect(mail!.text).toContain("- access notes for people with reduced mobility");
    expect(mail!.text).not.toContain("the venue's address");
    expect(mail!.text).toContain(`/dashboard/events/${event.slug}/cities/${city.slug}`);
    expect(mail!.html).toContain('<html lang="en" dir="ltr">');
    expect(mail!.from?.text).toBe('"Simulconf tests" <no-reply@simulconf.test>');
    const [row] = await sql(`select id, status, attempts from "Message" where "toEmail" = $1`, [organizer.email]);
    expect(row).toMatchObject({ status: "SENT", attempts: 1 });
    // A stable Message-ID, the message's own: a duplicate would be recognizable.
    expect(mail!.messageId).toBe(`<${row.id}@simulconf.test>`);
  });

  it("rejected: with the coordinator's reason, right-to-left with Persian digits for a Persian reader", async () => {
    const { organizer, event, city } = await pendingCity({ locale: "fa", zone: "Asia/Tehran" });
    expect((await decide(event.slug, city.slug, "reject", { reason: "The hall is too small for the expected audience." })).status).toBe(200);
    const [mail] = await mailsTo(organizer.email);
    expect(mail!.subject).toBe(`Lyon برای Test event ${event.slug} تأیید نشد`);
    expect(mail!.text).toContain("دلیل هماهنگ‌کننده: The hall is too small for the expected audience.");
    expect(mail!.html).toContain('<html lang="fa" dir="rtl">');
    expect(mail!.headers.get("content-language")).toBe("fa");

    // An approval in Persian writes its times with Persian digits: 15:00 UTC is 18:30 in Tehran.
    expect((await decide(event.slug, city.slug, "approve")).status).toBe(200);
    const [, approved] = await mailsTo(organizer.email, 2);
    expect(approved!.text).toContain("۱۸:۳۰");
    expect(await outbox(organizer.email)).toEqual([
      { kind: "city.rejected", status: "SENT", attempts: 1, lastError: null, locale: "fa" },
      { kind: "city.approved", status: "SENT", attempts: 1, lastError: null, locale: "fa" },
    ]);
  });

  it("while the mail server is down: the approval answers at once, the message waits and is delivered once when it is back", async () => {
    const { organizer, event, city } = await pendingCity();
    writeFileSync(path.join(DIR, "refuse"), "");
    try {
      const started = Date.now();
      expect((await decide(event.slug, city.slug, "approve")).status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      // The worker tried, was told to try later, and will.
      for (let i = 0; i < 40 && (await outbox(organizer.email))[0]?.status !== "RETRYING"; i++) await new Promise((r) => setTimeout(r, 250));
      const [waiting] = await outbox(organizer.email);
      expect(waiting).toMatchObject({ status: "RETRYING" });
      expect(waiting.lastError).toMatch(/421/);
      expect((await received()).filter((mail) => to(mail).includes(organizer.email))).toHaveLength(0);
    } finally {
      rmSync(path.join(DIR, "refuse"), { force: true });
    }
    const mails = await mailsTo(organizer.email, 1, 30);
    expect(mails).toHaveLength(1);
    const [sent] = await outbox(organizer.email);
    expect(sent).toMatchObject({ status: "SENT", lastError: null });
    expect(sent.attempts).toBeGreaterThan(1);
    // Delivered once: nothing more arrives.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await received()).filter((mail) => to(mail).includes(organizer.email))).toHaveLength(1);
  });

  it("a mailbox refused for good is marked failed with the server's answer and not retried", async () => {
    const { organizer, event, city } = await pendingCity();
    writeFileSync(path.join(DIR, "reject"), "");
    try {
      expect((await decide(event.slug, city.slug, "approve")).status).toBe(200);
      for (let i = 0; i < 40 && (await outbox(organizer.email))[0]?.status !== "FAILED"; i++) await new Promise((r) => setTimeout(r, 250));
      await new Promise((r) => setTimeout(r, 2500));
    } finally {
      rmSync(path.join(DIR, "reject"), { force: true });
    }
    const [failed] = await outbox(organizer.email);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(failed.lastError).toMatch(/550/);

    // The outbox shows it to coordinators (the recipient's address with it), and sends it again on request.
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const [{ id }] = await sql(`select id from "Message" where "toEmail" = $1`, [organizer.email]);
    const list = await call("/dashboard/outbox?status=failed", { cookie: coordinator });
    expect(list.status).toBe(200);
    expect(list.visible).toContain(organizer.email);
    expect(list.visible).toContain("550");
    const one = await call(`/dashboard/outbox/${id}`, { cookie: coordinator });
    expect(one.visible).toContain(`Lyon is approved for Test event ${event.slug}`);
    expect(one.text).toContain('sandbox=""');
    // Not to an organizer: the outbox holds private addresses.
    const organizerView = await call("/dashboard/outbox", { cookie: (await signIn("paris@demo.test"))! });
    expect(organizerView.text).not.toContain(organizer.email);
    const again = await callAction("sendAgainAction", [id, null], { cookie: coordinator });
    expect(again.result).toMatchObject({ ok: true });
    expect(await mailsTo(organizer.email)).toHaveLength(1);
    for (let i = 0; i < 20 && (await outbox(organizer.email))[0]?.status !== "SENT"; i++) await new Promise((r) => setTimeout(r, 250));
    expect((await outbox(organizer.email))[0]).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    const [resent] = await sql(`select action, "actorId" from "AuditEntry" where "entityId" = $1`, [id]);
    expect(resent).toMatchObject({ action: "message.resend" });
  });

  it("a decision that is refused (409) writes no message", async () => {
    const { organizer, event, city } = await pendingCity();
    expect((await decide(event.slug, city.slug, "approve")).status).toBe(200);
    await mailsTo(organizer.email);
    expect((await decide(event.slug, city.slug, "approve")).status).toBe(409);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await outbox(organizer.email)).toHaveLength(1);
  });
});
