// The test server's mail, as received by its real SMTP server (scripts/lib/mail-sink.ts keeps
// each message as a file in TEST_MAIL_DIR), parsed with mailparser.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import ICAL from "ical.js";
import { expect } from "vitest";
import { TEST_MAIL_DIR } from "../../scripts/lib/config";

export const DIR = path.resolve(__dirname, "..", "..", TEST_MAIL_DIR);

/** The messages received so far, oldest first; with `address`, only those whose raw text names it (parsing every file at each poll is slow). */
export async function received(address?: string): Promise<ParsedMail[]> {
  const files = existsSync(DIR) ? readdirSync(DIR).filter((name) => name.endsWith(".eml")) : [];
  const raws = files.sort().map((name) => readFileSync(path.join(DIR, name)));
  return Promise.all(raws.filter((raw) => !address || raw.includes(address)).map((raw) => simpleParser(raw)));
}

/** How many messages `address` has received so far. */
export const countTo = async (address: string) => (await received(address)).filter((mail) => to(mail).includes(address)).length;

export const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : [mail.to]).flatMap((a) => a?.value.map((v) => v.address) ?? []);

/** The messages `address` received, once `count` of them are there (polled, at most `seconds`). */
export async function mailsTo(address: string, count = 1, seconds = 20): Promise<ParsedMail[]> {
  for (let i = 0; i < seconds * 4; i++) {
    const mails = (await received(address)).filter((mail) => to(mail).includes(address));
    if (mails.length >= count) return mails;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${address} received fewer than ${count} messages in ${seconds} s`);
}

/** The calendar invitation a message carries (its text/calendar part). */
export function calendarOf(mail: ParsedMail) {
  const part = mail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  expect(part, "a calendar invitation is attached").toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(part!.content.toString("utf8")));
  return { method: calendar.getFirstPropertyValue("method"), event: calendar.getFirstSubcomponent("vevent")! };
}

/** The first message to `address` whose subject matches `subject`, once it is there (messages may arrive in any order). */
export async function mailMatching(address: string, subject: RegExp, seconds = 20): Promise<ParsedMail> {
  for (let i = 0; i < seconds * 4; i++) {
    const found = (await received(address)).find((mail) => to(mail).includes(address) && subject.test(mail.subject ?? ""));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${address} received no message matching ${subject} in ${seconds} s`);
}
