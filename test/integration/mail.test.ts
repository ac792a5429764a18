// Mail, end to end: the test server delivers to a real SMTP server (scripts/lib/mail-sink.ts)
// that keeps each message as a file; the files are parsed with mailparser. Nothing is mocked:
// the queue is pg-boss in the test database, the worker runs in the test server.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { DIR, calendarOf, countTo, mailsTo, received, to } from "./mail-box";
import { call, callAction, createAccount, createCity, createEvent, signIn, sql, unique, validVenue } from "./helpers";

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
      expect((await received(organizer.email)).filter((mail) => to(mail).includes(organizer.email))).toHaveLength(0);
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
    expect((await received(organizer.email)).filter((mail) => to(mail).includes(organizer.email))).toHaveLength(1);
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

describe("speakers, moderators and interpreters are asked, and answer without an account", () => {
  it("invited in their own zone with a calendar invitation; they confirm and decline through their link; a removal cancels it", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const email = `${unique("speaker")}@example.org`;
    const person = await call("/api/v1/speakers", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ name: "Leila Ahmadi", languages: ["en", "fa"], contactEmail: email, timeZone: "America/Toronto", preferredLanguage: "en" }),
    });
    expect(person.status).toBe(201);
    expect(person.body.preferredLanguage).toBe("en");
    const event = await createEvent();
    const item = await call(`/api/v1/events/${event.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Opening", kind: "opening", start: { local: "2027-08-28T17:00", timeZone: "Europe/Paris" }, durationMinutes: 30 }),
    });
    const assigned = await call(`/api/v1/events/${event.slug}/items/${item.body.id}/assignments`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ speakerId: person.body.id, language: "en", role: "speaker" }),
    });
    expect(assigned.status).toBe(201);

    const [invitation] = await mailsTo(email);
    expect(invitation!.subject).toBe(`You are invited to Opening (Test event ${event.slug})`);
    // Their zone first (Toronto), then the time the event announces (Paris).
    expect(invitation!.text).toContain("When: Saturday 28 August 2027, 11:00–11:30 EDT (America/Toronto)");
    expect(invitation!.text).toContain("Announced as: Saturday 28 August 2027, 17:00–17:30 CEST (Europe/Paris)");
    expect(invitation!.text).toContain("As: speaker (English)");
    const invite = calendarOf(invitation!);
    expect(invite.method).toBe("REQUEST");
    expect(invite.event.getFirstPropertyValue("uid")).toBe(`assignment-${assigned.body.id}@simulconf`);
    expect(new ICAL.Event(invite.event).startDate.toJSDate().toISOString()).toBe("2027-08-28T15:00:00.000Z");
    expect(String(invite.event.getFirstPropertyValue("attendee")).toLowerCase()).toBe(`mailto:${email}`);
    const firstSequence = Number(invite.event.getFirstPropertyValue("sequence"));

    // The personal link: 256 bits, opened without an account.
    const link = /\/speaker\/([\w-]{43})/.exec(invitation!.text!)![1]!;
    const page = await call(`/speaker/${link}`);
    expect(page.status).toBe(200);
    expect(page.visible).toContain("Your assignments, Leila Ahmadi");
    expect(page.visible).toContain("Times are in your time zone, America/Toronto.");
    expect(page.visible).toContain("Waiting for your answer");
    expect(page.text).toContain('<meta name="referrer" content="same-origin"/>');
    expect((await call(`/speaker/${link.slice(0, -2)}xx`)).status).toBe(404);

    const answer = (value: "confirmed" | "declined", note = "") => {
      const form = new FormData();
      form.set("note", note);
      return callAction("answerAction", [link, assigned.body.id, value, form], { params: { token: link } });
    };
    const confirmed = await answer("confirmed");
    expect(confirmed.redirect).toContain(`/speaker/${link}?answered=confirmed`);
    // The coordinators see the answer at once.
    const schedule = await call(`/api/v1/events/${event.slug}/schedule`, { cookie: coordinator });
    expect(schedule.body.items[0].assignments[0]).toMatchObject({ status: "confirmed" });
    expect((await call(`/speaker/${link}`)).visible).toContain("You confirmed");

    await answer("declined", "I will be travelling that day.");
    const [row] = await sql(`select status, "responseNote" from "Assignment" where id = $1`, [assigned.body.id]);
    expect(row).toEqual({ status: "DECLINED", responseNote: "I will be travelling that day." });
    await answer("confirmed");

    const download = await call(`/speaker/${link}/commitments.ics`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(download.text).toContain(`UID:assignment-${assigned.body.id}@simulconf`);

    // Removed: told at once, and the calendar entry is cancelled (same UID, a higher SEQUENCE).
    expect(
      (await call(`/api/v1/events/${event.slug}/items/${item.body.id}/assignments/${assigned.body.id}`, { method: "DELETE", cookie: coordinator })).status,
    ).toBe(204);
    const [, cancellation] = await mailsTo(email, 2);
    expect(cancellation!.subject).toBe(`Cancelled: Opening (Test event ${event.slug})`);
    const cancel = calendarOf(cancellation!);
    expect(cancel.method).toBe("CANCEL");
    expect(cancel.event.getFirstPropertyValue("uid")).toBe(`assignment-${assigned.body.id}@simulconf`);
    expect(Number(cancel.event.getFirstPropertyValue("sequence"))).toBeGreaterThan(firstSequence);
  });

  it("writes to a speaker in their language: Persian, right to left, with Persian digits", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const email = `${unique("speaker-fa")}@example.org`;
    const person = await call("/api/v1/speakers", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ name: "Nasrin Tavakoli", languages: ["fa"], contactEmail: email, preferredLanguage: "fa" }),
    });
    const event = await createEvent();
    const item = await call(`/api/v1/events/${event.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Testimony", kind: "testimony", start: { local: "2027-08-28T17:00", timeZone: "Europe/Paris" }, durationMinutes: 20 }),
    });
    await call(`/api/v1/events/${event.slug}/items/${item.body.id}/assignments`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ speakerId: person.body.id, language: "fa", role: "speaker" }),
    });
    const [mail] = await mailsTo(email);
    expect(mail!.html).toContain('<html lang="fa" dir="rtl">');
    // No zone given: the event's own (Paris), in Persian digits.
    expect(mail!.text).toContain("۱۷:۰۰–۱۷:۲۰");
    const link = /\/speaker\/([\w-]{43})/.exec(mail!.text!)![1]!;
    const page = await call(`/speaker/${link}`);
    expect(page.text).toMatch(/<article lang="fa" dir="rtl"/);
    expect(page.visible).toContain("در انتظار پاسخ شما");
  });

  it("refuses a speaker address that is not one, at entry", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const refused = await call("/api/v1/speakers", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ name: "Someone", languages: ["en"], contactEmail: "not an address", preferredLanguage: "de" }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["contactEmail", "preferredLanguage"]);
  });
});

describe("changes and reminders reach the people on the program", () => {
  async function assignedSpeaker(zone: string | null) {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const email = `${unique("digest")}@example.org`;
    const person = await call("/api/v1/speakers", {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ name: "Arash Nouri", languages: ["en"], contactEmail: email, ...(zone ? { timeZone: zone } : {}) }),
    });
    const event = await createEvent();
    const item = await call(`/api/v1/events/${event.slug}/items`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ title: "Opening", kind: "opening", start: { local: "2027-08-28T17:00", timeZone: "Europe/Paris" }, durationMinutes: 30 }),
    });
    const assigned = await call(`/api/v1/events/${event.slug}/items/${item.body.id}/assignments`, {
      method: "POST",
      cookie: coordinator,
      body: JSON.stringify({ speakerId: person.body.id, language: "en", role: "moderator" }),
    });
    const [invitation] = await mailsTo(email);
    return { coordinator, email, event, item: item.body, assignment: assigned.body, invitation: invitation! };
  }

  it("two edits within the digest window make one message, old → new in the person's zone", async () => {
    const { coordinator, email, event, item, assignment, invitation } = await assignedSpeaker("Asia/Tehran");
    const patch = (body: unknown) =>
      call(`/api/v1/events/${event.slug}/items/${item.id}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify(body) });
    expect((await patch({ start: { local: "2027-08-28T17:30", timeZone: "Europe/Paris" } })).status).toBe(200);
    expect((await patch({ title: "Grand opening" })).status).toBe(200);
    const [, digest] = await mailsTo(email, 2);
    expect(digest!.subject).toBe("A change to your slot");
    // 17:00 in Paris is 18:30 in Tehran; half an hour later, 19:00.
    expect(digest!.text).toContain("Grand opening (Test event");
    expect(digest!.text).toContain("title “Opening” → “Grand opening”");
    expect(digest!.text).toContain("Saturday 28 August 2027, 18:30–19:00 GMT+3:30 (Asia/Tehran) → Saturday 28 August 2027, 19:00–19:30 GMT+3:30 (Asia/Tehran)");
    // The calendar entry is updated in place: the invitation's UID, a greater SEQUENCE, the new time and title.
    const update = calendarOf(digest!);
    expect(update.method).toBe("REQUEST");
    expect(update.event.getFirstPropertyValue("uid")).toBe(`assignment-${assignment.id}@simulconf`);
    expect(Number(update.event.getFirstPropertyValue("sequence"))).toBeGreaterThan(Number(calendarOf(invitation).event.getFirstPropertyValue("sequence")));
    expect(new ICAL.Event(update.event).startDate.toJSDate().toISOString()).toBe("2027-08-28T15:30:00.000Z");
    expect(update.event.getFirstPropertyValue("summary")).toContain("Grand opening");
    // One message for both: nothing else arrives.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await countTo(email)).toBe(2);
  });

  it("a reminder goes about a day before the first slot, once (the tests' clock)", async () => {
    const { email } = await assignedSpeaker(null);
    const sweep = (now: string) => call("/api/test/reminders", { method: "POST", body: JSON.stringify({ now }) });
    expect((await sweep("2027-08-26T15:00:00Z")).status).toBe(204); // two days before: not yet
    await new Promise((r) => setTimeout(r, 1500));
    expect(await countTo(email)).toBe(1);
    expect((await sweep("2027-08-27T16:00:00Z")).status).toBe(204); // 23 hours before
    const [, reminder] = await mailsTo(email, 2);
    expect(reminder!.subject).toBe(`Tomorrow: Test event ${reminder!.subject!.split("Test event ")[1]}`);
    expect(reminder!.text).toContain("When: Saturday 28 August 2027, 17:00–17:30 CEST (Europe/Paris)");
    expect((await sweep("2027-08-27T20:00:00Z")).status).toBe(204);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await countTo(email)).toBe(2);
  });
});

describe("organizers invited by a coordinator", () => {
  it("receive the invitation link by mail, in the inviter's language, besides the link shown for copying", async () => {
    const email = `${unique("invited")}@example.org`;
    const form = new FormData();
    form.set("email", email);
    form.set("name", "Mina Sadeghi");
    const answer = await callAction("inviteAction", [null, form], { cookie: (await signIn("coordinator@demo.test"))! });
    expect(answer.result).toMatchObject({ ok: true });
    const shown = (answer.result as { data: { link: string } }).data.link;
    const [mail] = await mailsTo(email);
    expect(mail!.subject).toMatch(/invites you to organize a host city$/);
    expect(mail!.text).toContain("Hello Mina Sadeghi,");
    // The same one-time link as the one shown to the coordinator.
    expect(mail!.text).toContain(shown);
    expect(mail!.text).toMatch(/The link works once, until \w+ \d+ \w+ \d{4}, \d\d:\d\d UTC\./);
  });
});

describe("coordinators hear of new registrations", () => {
  it("in one message per coordinator for the registrations of a few minutes, naming each city", async () => {
    const event = await createEvent();
    for (const [who, name, zone] of [
      ["paris@demo.test", "Lyon", "Europe/Paris"],
      ["toronto@demo.test", "Montréal", "America/Toronto"],
    ] as const) {
      const registered = await call(`/api/v1/events/${event.slug}/cities`, {
        method: "POST",
        cookie: (await signIn(who))!,
        body: JSON.stringify({ name, countryCode: zone === "Europe/Paris" ? "FR" : "CA", timeZone: zone, venue: validVenue, languages: ["fa"] }),
      });
      expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    }
    const forEvent = async () => (await mailsTo("coordinator@demo.test")).filter((mail) => mail.subject?.includes(event.slug));
    for (let i = 0; i < 40 && (await forEvent()).length === 0; i++) await new Promise((r) => setTimeout(r, 250));
    const [notice, ...more] = await forEvent();
    expect(notice!.subject).toBe(`2 new cities to review for Test event ${event.slug}`);
    expect(notice!.text).toContain("- Lyon, France (registered by Parisa (Paris organizer))");
    expect(notice!.text).toContain("- Montréal, Canada (registered by");
    expect(more).toHaveLength(0);
    const told = await sql(`select count(*)::int as n from "HostCity" where "eventId" = $1 and "coordinatorsToldAt" is not null`, [event.id]);
    expect(told[0].n).toBe(2);
  });
});

describe("a forgotten password", () => {
  const ask = async (email: string) => {
    const form = new FormData();
    form.set("email", email);
    return callAction("forgotPasswordAction", [null, form]);
  };

  it("mails a one-time link to an account's address, answers the same for an unknown one, and the link sets a new password once", async () => {
    const account = await createAccount({ name: "Kaveh Jafari" });
    const unknown = await ask(`${unique("nobody")}@example.org`);
    const known = await ask(account.email.toUpperCase());
    expect(unknown.result).toEqual(known.result);
    expect(known.result).toMatchObject({ ok: true, code: "reset_sent" });
    const [mail] = await mailsTo(account.email);
    expect(mail!.subject).toBe("Choose a new password");
    expect(mail!.text).toContain("The link works once, for 60 minutes.");
    const token = /\/reset-password\?token=([\w-]{43})/.exec(mail!.text!)![1]!;

    const page = await call(`/reset-password?token=${token}`);
    expect(page.visible).toContain(`For ${account.email}.`);
    const form = new FormData();
    form.set("newPassword", "a lantern by the northern harbour");
    form.set("confirmPassword", "a lantern by the northern harbour");
    const done = await callAction("chooseNewPasswordAction", [token, null, form]);
    expect(done.redirect).toContain("/dashboard");
    expect(await signIn(account.email, "a lantern by the northern harbour")).not.toBeNull();
    // Once: the same link no longer opens anything.
    expect((await call(`/reset-password?token=${token}`)).visible).toContain("This link has been used or has expired.");
    const again = await callAction("chooseNewPasswordAction", [token, null, form]);
    expect(again.result).toMatchObject({ ok: false, code: "not_found" });
    const [audited] = await sql(`select action from "AuditEntry" where "entityId" = $1 and action = 'user.reset_password_by_link'`, [account.id]);
    expect(audited).toBeDefined();
    // The outbox shows coordinators that it went, never the link: it would open the account.
    const [{ id }] = await sql(`select id from "Message" where "toEmail" = $1 and kind = 'account.reset'`, [account.email]);
    const shown = await call(`/dashboard/outbox/${id}`, { cookie: (await signIn("coordinator@demo.test"))! });
    expect(shown.status).toBe(200);
    expect(shown.visible).toContain("Choose a new password");
    expect(shown.text).not.toContain(token);
  });

  it("refuses a weak new password with the field named, and an expired link", async () => {
    const account = await createAccount({ name: "Kaveh Jafari" });
    await ask(account.email);
    const [mail] = await mailsTo(account.email);
    const token = /\/reset-password\?token=([\w-]{43})/.exec(mail!.text!)![1]!;
    const weak = new FormData();
    weak.set("newPassword", "password");
    weak.set("confirmPassword", "password");
    const refused = await callAction("chooseNewPasswordAction", [token, null, weak]);
    expect(refused.result).toMatchObject({ ok: false, code: "validation_error" });
    expect(Object.keys((refused.result as { fieldErrors: object }).fieldErrors)).toContain("newPassword");
    await sql(`update "PasswordReset" set "expiresAt" = now() - interval '1 minute' where "userId" = $1`, [account.id]);
    expect((await call(`/reset-password?token=${token}`)).visible).toContain("This link has been used or has expired.");
  });
});

describe("signing up proves the address", () => {
  const signUp = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [key, value] of Object.entries(fields)) form.set(key, value);
    return callAction("signUpAction", [null, form], { headers: { "x-forwarded-for": `203.0.113.${1 + Math.floor(Math.random() * 250)}` } });
  };
  const password = "a quiet walk by the harbour";

  it("mails a link; the account signs in only after its button is pressed; a second sign-up with the address answers the same and tells its owner", async () => {
    const email = `${unique("new")}@example.org`;
    const first = await signUp({ name: "Roya Hosseini", email, password, locale: "fa" });
    expect(first.result).toEqual({ ok: true, code: "check_mail" });
    expect(await signIn(email, password)).toBeNull(); // not before the address is proven

    const [mail] = await mailsTo(email);
    expect(mail!.html).toContain('<html lang="fa" dir="rtl">');
    const token = /\/verify-email\?token=([\w-]{43})/.exec(mail!.text!)![1]!;
    // Opening the link (a mail scanner does) confirms nothing: the page asks for the button.
    const page = await call(`/verify-email?token=${token}`);
    expect(page.status).toBe(200);
    expect(await signIn(email, password)).toBeNull();
    const confirmed = await callAction("confirmEmailAction", [token]);
    expect(confirmed.redirect).toContain("/sign-in?verified=1");
    expect(await signIn(email, password)).not.toBeNull();
    expect((await call(`/verify-email?token=${token}`)).visible).toContain("This link has been used or has expired.");

    // The same address again: the same answer, no second account, and a word to the owner.
    const again = await signUp({ name: "Someone Else", email, password: "another quiet walk by the sea", locale: "en" });
    expect(again.result).toEqual(first.result);
    const [, notice] = await mailsTo(email, 2);
    expect(notice!.subject).toBe("شما پیش‌تر حساب دارید");
    expect(await sql(`select count(*)::int as n from "User" where email = $1`, [email])).toEqual([{ n: 1 }]);
  });

  it("through an invitation (mailed to that address) signs in at once", async () => {
    const email = `${unique("invited-signup")}@example.org`;
    const invite = new FormData();
    invite.set("email", email);
    const invited = await callAction("inviteAction", [null, invite], { cookie: (await signIn("coordinator@demo.test"))! });
    const token = /invite=([\w-]+)/.exec((invited.result as { data: { link: string } }).data.link)![1]!;
    const answer = await signUp({ name: "Invited Person", email, password, locale: "en", invite: token });
    expect(answer.redirect).toContain("/dashboard");
    expect(await signIn(email, password)).not.toBeNull();
  });
});
