// A city's team: its organizers ask co-organizers and door volunteers onto it. A door volunteer
// checks attendees in and reads the door's list (never addresses), and can do nothing else.
import { describe, expect, it } from "vitest";
import { call, callAction, createAccount, createCity, createEvent, DEMO_PASSWORD, signIn, sql, unique } from "./helpers";
import { mailMatching } from "./mail-box";

async function cityWithGuest() {
  const event = await createEvent();
  const city = await createCity(event.id, "paris@demo.test", "APPROVED", "Lyon");
  await sql(`update "HostCity" set "attendeeRegistrationOpen" = true where id = $1`, [city.id]);
  const [guest] = await sql(
    `insert into "Registration" (id, "eventId", "hostCityId", scope, name, email, seats, locale, status, "tokenHash", code, "updatedAt")
     values (gen_random_uuid(), $1, $2, $2, 'Leila Ahmadi', $3, 2, 'en', 'CONFIRMED', $4, 'KQ7RTA', now()) returning id`,
    [event.id, city.id, `${unique("guest")}@example.org`, unique("token")],
  );
  return { event, city, guest: guest.id as string, base: `/api/v1/events/${event.slug}/cities/${city.slug}` };
}

const invite = async (base: string, cookie: string, body: object) => call(`${base}/team`, { method: "POST", cookie, body: JSON.stringify(body) });

describe("a city's team", () => {
  it("a door volunteer, invited by mail, signs up into the team and checks people in, and can do nothing else", async () => {
    const { event, city, guest, base } = await cityWithGuest();
    const organizer = (await signIn("paris@demo.test"))!;
    const email = `${unique("door")}@example.org`;
    const invited = await invite(base, organizer, { email, name: "Mina Sadeghi", role: "door" });
    expect(invited.status).toBe(201);
    expect(invited.body).toEqual({ status: "invited" });
    // In the inviter's language (the Paris organizer writes French): the invitee has chosen none yet.
    const mail = await mailMatching(email, /vous invite dans l’équipe de Lyon/);
    expect(mail.text).toContain("accueillir les participants à l’entrée à Lyon");
    const token = /\/sign-up\?invite=([\w-]+)/.exec(mail.text!)![1]!;
    const form = new FormData();
    for (const [key, value] of Object.entries({ name: "Mina Sadeghi", email, password: "a quiet walk by the harbour", locale: "en", invite: token }))
      form.set(key, value);
    const signedUp = await callAction("signUpAction", [null, form], { headers: { "x-forwarded-for": `203.0.113.${1 + Math.floor(Math.random() * 250)}` } });
    expect(signedUp.redirect).toContain("/dashboard");
    const door = (await signIn(email, "a quiet walk by the harbour"))!;

    // The door: the list without addresses, and the check-in.
    const list = await call(`${base}/registrations`, { cookie: door });
    expect(list.status).toBe(200);
    expect(list.body.registrations).toEqual([expect.objectContaining({ name: "Leila Ahmadi", email: "", code: "KQ7RTA", seats: 2 })]);
    expect((await call(`${base}/registrations?q=example.org`, { cookie: door })).body.registrations).toEqual([]);
    expect((await call(`${base}/registrations/${guest}/check-in`, { method: "POST", cookie: door })).status).toBe(200);
    expect((await call(`/dashboard/events/${event.slug}/cities/${city.slug}/door`, { cookie: door })).status).toBe(200);
    const home = await call("/dashboard", { cookie: door });
    expect(home.text).toContain(`/dashboard/events/${event.slug}/cities/${city.slug}/door`);

    // Nothing else: the city's settings, its private details, its spreadsheet, its team, approvals.
    expect((await call(base, { method: "PATCH", cookie: door, body: JSON.stringify({ venue: { capacity: 5 } }) })).status).toBe(403);
    expect((await call(base, { cookie: door })).body.contact).toBeUndefined();
    expect((await call(`${base}/registrations.csv`, { cookie: door })).status).toBe(403);
    expect((await invite(base, door, { email: `${unique("x")}@example.org`, role: "door" })).status).toBe(403);
    expect((await call(`/dashboard/events/${event.slug}/cities/${city.slug}/attendees`, { cookie: door })).status).toBe(403);
    expect((await call(`/dashboard/events/${event.slug}/cities/${city.slug}`, { cookie: door })).status).toBe(403);
  });

  it("an existing account joins at once as a co-organizer and is told; twice is refused; another city's organizer may not invite", async () => {
    const { city, base } = await cityWithGuest();
    const person = await createAccount({ name: "Arash Nouri" });
    const organizer = (await signIn("paris@demo.test"))!;
    const added = await invite(base, organizer, { email: person.email.toUpperCase(), role: "organizer" });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ status: "added" });
    expect((await mailMatching(person.email, /^You are on the team of Lyon/)).text).toContain("added you as an organizer of Lyon");
    const coOrganizer = (await signIn(person.email, DEMO_PASSWORD))!;
    expect((await call(base, { method: "PATCH", cookie: coOrganizer, body: JSON.stringify({ venue: { capacity: 90 } }) })).status).toBe(200);
    const again = await invite(base, organizer, { email: person.email, role: "door" });
    expect(again.status).toBe(409);
    expect(again.body.error.issues).toEqual([{ path: "email", message: "Already on this city's team." }]);
    expect((await invite(base, (await signIn("toronto@demo.test"))!, { email: `${unique("x")}@example.org`, role: "door" })).status).toBe(403);
    const bad = await invite(base, organizer, { email: "nope", role: "chef" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["email", "role"]);
    expect(await sql(`select role from "CityOrganizer" where "hostCityId" = $1 order by "createdAt"`, [city.id])).toEqual([
      { role: "ORGANIZER" },
      { role: "ORGANIZER" },
    ]);
  });
});
