// Login throttling (shared through PostgreSQL), security headers, body limits, and hostile
// input thrown at the API with fast-check: never a 5xx, never a stack trace.
import { existsSync, readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import fc from "fast-check";
import { randomUUID } from "node:crypto";
import { encode } from "@auth/core/jwt";
import { TEST_AUTH_SECRET, TEST_DIST_DIR } from "../../scripts/lib/config";
import { isCleanLine, isCleanText } from "../../lib/validation/common";
import { describe, expect, it } from "vitest";
import { baseUrl, call, callAction, serverActions, signIn, sql, unique, createAccount } from "./helpers";

/** A sign-in through next-auth's endpoint, as a client at `address` (the test server trusts loopback as its proxy). */
async function attempt(email: string, password: string, options: { address?: string; forwardedFor?: string; device?: string } = {}) {
  const forwarded = { "x-forwarded-for": options.forwardedFor ?? options.address ?? "192.0.2.1" };
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: forwarded });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = [...csrf.headers.getSetCookie().map((c) => c.split(";")[0]), ...(options.device ? [options.device] : [])].join("; ");
  return fetch(`${baseUrl()}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...forwarded },
    body: new URLSearchParams({ csrfToken, email, password }),
    redirect: "manual",
  });
}

const signedIn = (response: Response) => response.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="));
const deviceCookie = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith("simulconf-device="))
    ?.split(";")[0];
const randomAddress = () => `198.18.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const targetAccount = async (prefix: string) => (await createAccount({ email: `${unique(prefix)}@demo.test`, name: "Target" })).email;

describe("sign-in throttling", () => {
  it("lets five guesses through, then makes each further one wait twice as long as the last (429 with Retry-After)", async () => {
    const email = await targetAccount("slowed");
    const address = randomAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt(email, `wrong-${i}`, { address })).status);
    expect(statuses).not.toContain(429);
    const refused = await attempt(email, "wrong-6", { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBe(1);
    expect((await refused.json()).error.code).toBe("rate_limited");
    await sleep(1100);
    expect((await attempt(email, "wrong-7", { address })).status).not.toBe(429);
    const longer = await attempt(email, "wrong-8", { address });
    expect(longer.status).toBe(429);
    expect(Number(longer.headers.get("retry-after"))).toBe(2);
    // The counters live in PostgreSQL, so every instance sees them.
    expect(await sql(`select key from rate_limits where key like $1`, [`login_%${email}|${address}`])).toHaveLength(3);
  });

  it("never locks the owner out: another network, or this browser's device cookie, signs in while an attacker is slowed", async () => {
    const email = await targetAccount("owner");
    const home = randomAddress();
    const device = deviceCookie(await attempt(email, "demo-password", { address: home }));
    expect(device).toBeTruthy();
    // The attacker shares the owner's address (one café, one NAT) and exhausts it.
    for (let i = 0; i < 7; i++) await attempt(email, `guess-${i}`, { address: home });
    expect((await attempt(email, "demo-password", { address: home })).status).toBe(429);
    expect(signedIn(await attempt(email, "demo-password", { address: home, device }))).toBe(true);
    expect(signedIn(await attempt(email, "demo-password", { address: randomAddress() }))).toBe(true);
    // A device cookie is bound to its account: it does not help with another one.
    const other = await targetAccount("other");
    for (let i = 0; i < 7; i++) await attempt(other, `guess-${i}`, { address: home });
    expect((await attempt(other, "demo-password", { address: home, device })).status).toBe(429);
  });

  it("caps guesses at one account from many addresses together, but not from the owner's browser", async () => {
    const email = await targetAccount("distributed");
    const device = deviceCookie(await attempt(email, "demo-password", { address: randomAddress() }))!;
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await attempt(email, `botnet-${i}`, { address: randomAddress() })).status);
    // 20 free, then the gate lets one through and shuts for a second.
    expect(statuses.slice(0, 21)).not.toContain(429);
    expect(statuses[21]).toBe(429);
    expect(signedIn(await attempt(email, "demo-password", { address: randomAddress(), device }))).toBe(true);
    // IPv6: the whole /64 is one network.
    const v6 = await targetAccount("ipv6");
    for (let i = 0; i < 7; i++) await attempt(v6, `wrong-${i}`, { address: `2001:db8:77:1::${(i + 1).toString(16)}` });
    expect((await attempt(v6, "wrong", { address: "2001:db8:77:1:ffff::9" })).status).toBe(429);
  });

  it("takes the client from the right-most untrusted hop: a forged first X-Forwarded-For value changes nothing", async () => {
    const email = await targetAccount("forged");
    const address = randomAddress();
    for (let i = 0; i < 7; i++) await attempt(email, `wrong-${i}`, { forwardedFor: `${randomAddress()}, ${address}` });
    expect((await attempt(email, "wrong", { forwardedFor: `10.9.8.7, ${address}` })).status).toBe(429);
    expect((await attempt(email, "wrong", { address })).status).toBe(429);
  });

  it("counts attempts before checking the password: of 40 parallel guesses, only the free five and one more are checked", async () => {
    const email = await targetAccount("raced");
    const address = randomAddress();
    const statuses = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt(email, `parallel-${i}`, { address }).then((r) => r.status)));
    expect(statuses.filter((status) => status !== 429)).toHaveLength(6);
  });

  it("slows one address guessing across many accounts after 50 attempts, and only that address", async () => {
    const address = randomAddress();
    const answers = [];
    for (let batch = 0; batch < 5; batch++) {
      answers.push(
        ...(await Promise.all(
          Array.from({ length: 10 }, (_, i) => attempt(`${unique(`spray-${batch}-${i}`)}@demo.test`, "Winter2026!", { address }).then((r) => r.status)),
        )),
      );
    }
    expect(answers).not.toContain(429);
    const blocked = await attempt(`${unique("spray-last")}@demo.test`, "Winter2026!", { address });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(signedIn(await attempt("toronto@demo.test", "demo-password", { address: randomAddress() }))).toBe(true);
  });

  it("answers an unknown account exactly like a known one (no enumeration)", async () => {
    const known = await attempt("toronto@demo.test", "not-the-password");
    const unknown = await attempt(`${unique("nobody")}@demo.test`, "not-the-password");
    expect(unknown.status).toBe(known.status);
    expect(new URL(unknown.headers.get("location")!).search).toBe(new URL(known.headers.get("location")!).search);
    expect(await signIn("toronto@demo.test")).not.toBeNull();
  });
});

describe("security headers", () => {
  it("come with public pages, the API and dashboards", async () => {
    for (const path of ["/events/interactive-conference-2018", "/api/v1/events", "/sign-in"]) {
      const { headers } = await call(path);
      expect(headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(headers.get("content-security-policy"), path).toContain("object-src 'none'");
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    }
  });

  it("give the signed-in pages a fresh nonce per response, on every script", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const seen = new Set<string>();
    for (const [path, cookie] of [
      ["/sign-in"],
      ["/sign-in"],
      ["/sign-up"],
      ["/dashboard", coordinator],
      ["/dashboard/events/interactive-conference-2027", coordinator],
    ] as const) {
      const response = await call(path, { cookie });
      expect(response.status, path).toBe(200);
      const policy = response.headers.get("content-security-policy")!;
      const script = policy.split("; ").find((d) => d.startsWith("script-src "))!;
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(script)?.[1];
      expect(nonce, `${path}: ${policy}`).toBeTruthy();
      expect(script).toContain("'strict-dynamic'");
      expect(script).not.toContain("'unsafe-inline'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(seen.has(nonce!), "a nonce is never reused").toBe(false);
      seen.add(nonce!);
      const scripts = [...response.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  });

  it("give the cached public pages one static policy (no nonce), so they stay cacheable", async () => {
    for (const path of ["/en", "/fa/events/interactive-conference-2027", "/fr/events/interactive-conference-2027/cities/paris"]) {
      const first = await call(path);
      const second = await call(path);
      const policy = first.headers.get("content-security-policy")!;
      expect(policy, path).not.toContain("nonce-");
      expect(policy).toContain("script-src 'self'");
      expect(second.headers.get("content-security-policy")).toBe(policy);
      expect(first.text).not.toContain('nonce="');
      expect(first.headers.get("cache-control"), path).toMatch(/s-maxage=/);
    }
  });

  it("decide the nonce policy on the path as the router reads it: anything not known to be public gets it", async () => {
    for (const path of ["/%64ashboard", "/Dashboard", "/DASHBOARD/audit", "/%53ign-in", "/no/such/page"]) {
      const policy = (await call(path)).headers.get("content-security-policy") ?? "";
      expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    }
    for (const path of ["/", "/events/interactive-conference-2018", "/events/interactive-conference-2018/cities/toronto"]) {
      expect((await call(path)).headers.get("content-security-policy"), path).not.toContain("nonce-");
    }
  });

  it("give the proxy's own refusals a policy that lets nothing run", async () => {
    const crossSite = await call("/sign-in", { method: "POST", headers: { origin: "https://evil.example", "content-type": "text/plain" }, body: "x" });
    expect(crossSite.status).toBe(403);
    const wrongMethod = await call("/", { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
    for (const response of [crossSite, wrongMethod]) expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("session cookies are HttpOnly and SameSite", async () => {
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${baseUrl()}/api/auth/callback/credentials`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      },
      body: new URLSearchParams({ csrfToken, email: "coordinator@demo.test", password: "demo-password" }),
      redirect: "manual",
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
  });
});

describe("hostile input", () => {
  it("refuses a server action posted from another site with 403, writing nothing", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const name = unique("Cross-site speaker");
    const data = new FormData();
    data.append("name", name);
    data.append("languages", "en");
    const response = await callAction("createSpeakerAction", [null, data], { cookie: coordinator, origin: "https://evil.example" });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.result as string)).toEqual({ error: { code: "forbidden", message: "Cross-site requests are not allowed." } });
    expect(await sql(`select 1 from "Speaker" where name = $1`, [name])).toEqual([]);
    // The same from a form without JavaScript (no Next-Action header, the action named in a field).
    const action = serverActions().find((a) => a.name === "createSpeakerAction")!;
    const noScript = new FormData();
    noScript.append(`$ACTION_ID_${action.id}`, "");
    noScript.append("name", name);
    noScript.append("languages", "en");
    const plain = await fetch(`${baseUrl()}/dashboard/speakers`, {
      method: "POST",
      headers: { cookie: coordinator, origin: "https://evil.example" },
      body: noScript,
      redirect: "manual",
    });
    expect(plain.status).toBe(403);
    expect(await sql(`select 1 from "Speaker" where name = $1`, [name])).toEqual([]);
    // The same call from the site itself goes through.
    const same = await callAction("createSpeakerAction", [null, data], { cookie: coordinator });
    expect(same.result).toMatchObject({ ok: true });
    expect(await sql(`select 1 from "Speaker" where name = $1`, [name])).toHaveLength(1);
    await sql(`delete from "Speaker" where name = $1`, [name]);
  });

  it("refuses bodies over 64 KiB with 413", async () => {
    const coordinator = await signIn("coordinator@demo.test");
    const response = await call("/api/v1/events", { method: "POST", cookie: coordinator!, body: JSON.stringify({ title: "x".repeat(70_000) }) });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("payload_too_large");
  });

  it("never answers 5xx or leaks internals for random JSON thrown at the write API", { timeout: 120_000 }, async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const targets = [
      "/api/v1/events",
      "/api/v1/events/interactive-conference-2027",
      "/api/v1/events/interactive-conference-2027/cities",
      "/api/v1/events/interactive-conference-2027/cities/paris",
      "/api/v1/events/interactive-conference-2027/items",
      "/api/v1/speakers",
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), fc.oneof(fc.json(), fc.string()), async (path, body) => {
        const method = path.endsWith("/paris") || path.endsWith("2027") ? "PATCH" : "POST";
        const response = await call(path, { method, cookie: coordinator, body });
        expect(response.status, `${method} ${path} ${body.slice(0, 80)}`).toBeLessThan(500);
        expect(response.text).not.toMatch(/at .*\.(js|ts):\d+|prisma|SELECT |syntax error/i);
      }),
      { numRuns: 60 },
    );
  });
});

describe("text that would break an output", () => {
  const hostile = ["Bell \u0001\u000b ring", "nul \u0000 here", "lone \ud800 surrogate", "\u202eevil", "non-character \uffff", "tab\tin a title"];

  it("is refused in every text field with a field error, and multi-line text keeps its line breaks", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const item = (fields: object) =>
      call("/api/v1/events/planning-2028/items", {
        method: "POST",
        cookie: coordinator,
        body: JSON.stringify({ title: "Fine", kind: "talk", startsAt: "2028-06-03T15:00:00Z", durationMinutes: 10, ...fields }),
      });
    for (const text of hostile) {
      const response = await item({ title: text });
      expect(response.status, JSON.stringify(text)).toBe(400);
      expect(response.body.error.issues[0].path, JSON.stringify(text)).toBe("title");
    }
    // Multi-line text keeps direction marks (a paragraph may mix scripts); the rest is refused.
    for (const text of hostile.slice(0, 3)) {
      expect((await item({ description: text })).status, JSON.stringify(text)).toBe(400);
      const city = await call("/api/v1/events/interactive-conference-2027/cities/paris", {
        method: "PATCH",
        cookie: coordinator,
        body: JSON.stringify({ venue: { accessibility: text } }),
      });
      expect(city.status, JSON.stringify(text)).toBe(400);
    }
    const multiline = await item({ description: "First line\nSecond line\twith a tab" });
    expect(multiline.status).toBe(201);
    expect(multiline.body.description).toBe("First line\nSecond line\twith a tab");
    await call(`/api/v1/events/planning-2028/items/${multiline.body.id}`, { method: "DELETE", cookie: coordinator });
  });

  it("never comes back from random strings in every field: no 5xx, and what is stored is clean", { timeout: 120_000 }, async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom(...hostile));
    await fc.assert(
      fc.asyncProperty(text, text, async (title, description) => {
        const response = await call("/api/v1/events/planning-2028/items", {
          method: "POST",
          cookie: coordinator,
          body: JSON.stringify({ title, description, kind: "talk", startsAt: "2028-06-03T15:00:00Z", durationMinutes: 10 }),
        });
        expect(response.status, JSON.stringify([title, description])).toBeLessThan(500);
        if (response.status === 201) {
          expect(isCleanLine(response.body.title)).toBe(true);
          expect(isCleanText(response.body.description)).toBe(true);
          await call(`/api/v1/events/planning-2028/items/${response.body.id}`, { method: "DELETE", cookie: coordinator });
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("redirects stay on this site", () => {
  const hostile = [
    "/%09/evil.example",
    "/%0a/evil.example",
    "/%0d/evil.example",
    "/%5Cevil.example",
    "/%5C/evil.example",
    "/.//evil.example",
    "//evil.example",
    "https://evil.example/",
  ];

  it("the language switch follows only a path of this site", async () => {
    for (const next of hostile) {
      const response = await call(`/api/locale?lang=fa&next=${next}`);
      expect(response.status, next).toBe(303);
      const location = new URL(response.headers.get("location")!, baseUrl());
      expect(location.origin, next).toBe(new URL(baseUrl()).origin);
      expect(location.pathname, next).toBe("/");
    }
    const kept = await call("/api/locale?lang=fa&next=%2Fevents%2Finteractive-conference-2018%3Ftz%3DAsia%252FTehran");
    expect(new URL(kept.headers.get("location")!).pathname + new URL(kept.headers.get("location")!).search).toBe(
      "/events/interactive-conference-2018?tz=Asia%2FTehran",
    );
  });

  it("signed in, /sign-in sends only to a path of this site", async () => {
    const cookie = (await signIn("coordinator@demo.test"))!;
    for (const callbackUrl of hostile) {
      const response = await call(`/sign-in?callbackUrl=${callbackUrl}`, { cookie });
      expect(response.status, callbackUrl).toBeGreaterThanOrEqual(300);
      expect(response.status, callbackUrl).toBeLessThan(400);
      expect(response.headers.get("location"), callbackUrl).toBe("/dashboard");
    }
    const repeated = await call("/sign-in?callbackUrl=/a&callbackUrl=/b", { cookie });
    expect(repeated.headers.get("location")).toBe("/dashboard");
  });
});

describe("partial updates change exactly the fields sent", () => {
  const city = "/api/v1/events/interactive-conference-2027/cities/toronto";
  const audits = async (entityId: string) => Number((await sql(`select count(*) as n from "AuditEntry" where "entityId" = $1`, [entityId]))[0].n);

  it("a city: one contact or venue field leaves the others, and an empty PATCH writes nothing", async () => {
    const organizer = (await signIn("toronto@demo.test"))!;
    const original = (await call(city, { cookie: organizer })).body;
    const patch = (body: unknown) => call(city, { method: "PATCH", cookie: organizer, body: JSON.stringify(body) });
    try {
      const full = await patch({
        contact: { name: "Ava Tremblay", email: "ava@example.org", phone: "+1 416 555 0100" },
        venue: { accessibility: "Step-free entrance on Queen St." },
      });
      expect(full.status).toBe(200);

      const phone = await patch({ contact: { phone: "+1 647 555 0199" } });
      expect(phone.status).toBe(200);
      expect(phone.body.contact).toEqual({ name: "Ava Tremblay", email: "ava@example.org", phone: "+1 647 555 0199" });

      const name = await patch({ venue: { name: "Toronto Metro Hall" } });
      expect(name.body.venue).toMatchObject({
        name: "Toronto Metro Hall",
        address: original.venue.address,
        capacity: original.venue.capacity,
        accessibility: "Step-free entrance on Queen St.",
      });

      const before = { version: name.body.version, audits: await audits(name.body.id) };
      const empty = await patch({});
      expect(empty.status).toBe(200);
      expect(empty.body.version).toBe(before.version);
      expect(await audits(name.body.id)).toBe(before.audits);
      const same = await patch({ venue: { name: "Toronto Metro Hall" }, contact: { phone: "+1 647 555 0199" } });
      expect(same.body.version).toBe(before.version);
      expect(await audits(name.body.id)).toBe(before.audits);
    } finally {
      await patch({ venue: original.venue, contact: original.contact });
    }
  });

  it("an event, a program item, an assignment and an account: an empty PATCH bumps no version and writes no audit entry", async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const event = (await call("/api/v1/events/interactive-conference-2027", { cookie: coordinator })).body;
    const [eventId] = (await sql(`select id from "Event" where slug = 'interactive-conference-2027'`)).map((r) => r.id);
    const eventAudits = await audits(eventId);
    const sameEvent = await call("/api/v1/events/interactive-conference-2027", {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ title: event.title }),
    });
    expect(sameEvent.status).toBe(200);
    expect(sameEvent.body.version).toBe(event.version);
    expect((await call("/api/v1/events/interactive-conference-2027", { method: "PATCH", cookie: coordinator, body: "{}" })).body.version).toBe(event.version);
    expect(await audits(eventId)).toBe(eventAudits);

    const [item] = await sql(
      `select i.id, i.version from "ProgramItem" i join "Event" e on e.id = i."eventId" where e.slug = 'interactive-conference-2018' and i."hostCityId" is null order by i."startsAt" limit 1`,
    );
    const itemAudits = await audits(item.id);
    const sameItem = await call(`/api/v1/events/interactive-conference-2018/items/${item.id}`, { method: "PATCH", cookie: coordinator, body: "{}" });
    expect(sameItem.status).toBe(200);
    expect(sameItem.body.version).toBe(item.version);
    expect(await audits(item.id)).toBe(itemAudits);

    const [assignment] = await sql(
      `select a.id, a.version, a.status, a."programItemId" from "Assignment" a join "ProgramItem" i on i.id = a."programItemId" join "Event" e on e.id = i."eventId" where e.slug = 'interactive-conference-2018' limit 1`,
    );
    const assignmentAudits = await audits(assignment.id);
    const sameStatus = await call(`/api/v1/events/interactive-conference-2018/items/${assignment.programItemId}/assignments/${assignment.id}`, {
      method: "PATCH",
      cookie: coordinator,
      body: JSON.stringify({ status: assignment.status.toLowerCase() }),
    });
    expect(sameStatus.status).toBe(200);
    expect(sameStatus.body.version).toBe(assignment.version);
    expect(await audits(assignment.id)).toBe(assignmentAudits);

    const admin = (await signIn("admin@demo.test"))!;
    const [account] = await sql(`select id, version, role from "User" where email = 'paris@demo.test'`);
    const accountAudits = await audits(account.id);
    const sameAccount = await call(`/api/v1/users/${account.id}`, {
      method: "PATCH",
      cookie: admin,
      body: JSON.stringify({ role: "organizer", disabled: false }),
    });
    expect(sameAccount.status).toBe(200);
    expect(sameAccount.body.version).toBe(account.version);
    expect(await audits(account.id)).toBe(accountAudits);
  });
});

describe("made-up addresses cost nothing to keep", () => {
  const cacheFiles = () => {
    const dir = path.join(__dirname, "..", "..", TEST_DIST_DIR, "server");
    return existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0;
  };

  it("an unknown event or city page answers 404 in the reader's language and writes nothing to the page cache", async () => {
    const before = cacheFiles();
    for (let i = 0; i < 10; i++) {
      for (const address of [
        `/fa/events/made-up-${i}`,
        `/fa/events/interactive-conference-2018/cities/nowhere-${i}`,
        `/fa/events/planning-2028`,
        "/fa/events/x%00",
      ]) {
        const response = await call(address, { headers: { "accept-language": "fa" } });
        expect(response.status, address).toBe(404);
      }
      // The bare address only redirects to the reader's language, uncached.
      const bare = await call(`/events/made-up-${i}`, { headers: { "accept-language": "fa" } });
      expect(bare.status).toBe(307);
      expect(bare.headers.get("cache-control")).toBe("private, no-store");
    }
    expect(cacheFiles()).toBe(before);
    const notFound = await call("/fa/events/made-up-1", { headers: { "accept-language": "fa" } });
    expect(notFound.text).toContain("صفحه پیدا نشد");
    expect((await call("/en/events/interactive-conference-2018/cities/toronto")).status).toBe(200);
  });
});

describe("bodies are read up to their limit and no further", () => {
  /**
   * POSTs a body of `total` bytes as a chunked stream (no Content-Length) and counts how much
   * of it the server pulled before answering: a server that stops at its limit answers while
   * the client has sent a small part (plus what the socket buffers held).
   */
  async function chunked(path: string, headers: Record<string, string>, total = 50 * 1024 * 1024) {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${baseUrl()}${path}`, { method: "POST", headers, body, duplex: "half", redirect: "manual" } as RequestInit & {
      duplex: "half";
    });
    await response.body?.cancel();
    return { status: response.status, pulled };
  }

  it("the credentials endpoint answers 413 after 8 KiB of a 50 MB stream", async () => {
    const { status, pulled } = await chunked("/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" });
    expect(status).toBe(413);
    expect(pulled).toBeLessThan(8 * 1024 * 1024);
  });

  it("the write API answers 413 after 64 KiB of a 50 MB stream", async () => {
    const cookie = (await signIn("coordinator@demo.test"))!;
    const { status, pulled } = await chunked("/api/v1/events", { "content-type": "application/json", cookie });
    expect(status).toBe(413);
    expect(pulled).toBeLessThan(8 * 1024 * 1024);
  });

  it("a page (server action) POST is refused without a length (411, the stream left unread) or over 1 MB (413)", async () => {
    const { status, pulled } = await chunked("/sign-in", { "content-type": "text/plain;charset=UTF-8", "next-action": "0".repeat(42) });
    expect(status).toBe(411);
    expect(pulled).toBeLessThan(8 * 1024 * 1024);
    const big = await call("/sign-in", {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", "next-action": "0".repeat(42) },
      body: "x".repeat(1024 * 1024 + 1),
    });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("payload_too_large");
  });
});

describe("never a 500", () => {
  it("a server-action body that cannot be decoded is a 400, whether sent by JavaScript or by a form", async () => {
    const action = serverActions().find((a) => a.name === "signInAction")!;
    const post = (body: string, type: string, withHeader = true) =>
      call("/sign-in", { method: "POST", headers: { "content-type": type, origin: baseUrl(), ...(withHeader ? { "next-action": action.id } : {}) }, body });
    const text = "text/plain;charset=UTF-8";
    for (const body of ["garbage{", '["$Q1"]', '["$@1"]', '["$h2"]', '["$T"]', '[{"a":"$W3"}]', '["$A4"]']) {
      const answer = await post(body, text);
      expect(answer.status, body).toBe(400);
      expect(answer.body.error.code).toBe("validation_error");
    }
    const multipart = "multipart/form-data; boundary=xyz";
    const part = (name: string, value: string) => `--xyz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    expect(
      (await post(`${part(`$ACTION_ID_${action.id}`, "")}--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nno end`, multipart, false)).status,
    ).toBe(400);
    expect((await post(`${part("$ACTION_REF_1", "")}${part("$ACTION_1:0", "{broken")}--xyz--\r\n`, multipart, false)).status).toBe(400);
    expect((await post(`${part("0", '["$Q1"]')}--xyz--\r\n`, multipart)).status).toBe(400);
    // What React itself sends still works: escaped "$" text, undefined, form data.
    const fine = await post('["$undefined", {"note": "$$5 tickets"}]', text);
    expect(fine.status).toBe(200);
    expect(fine.text).toContain(`"code":"validation_error"`);
  });

  it("a NUL in an address, a repeated query parameter or an unknown method gets a 4xx or the page", async () => {
    for (const path of [
      "/api/v1/events/x%00",
      "/api/v1/events/x%00/schedule",
      "/events/x%00/calendar.ics",
      "/events/x%00/cities/y/calendar.ics",
      "/api/v1/events/interactive-conference-2018/cities/x%00",
    ]) {
      expect((await call(path)).status, path).toBe(404);
    }
    const coordinator = (await signIn("coordinator@demo.test"))!;
    expect((await call("/sign-up?invite=a&invite=b")).status).toBe(200);
    expect((await call("/dashboard/audit?event=a&event=b&type=x&type=y", { cookie: coordinator })).status).toBe(200);
    expect((await call("/dashboard/speakers?q=a&q=b&lang=x%00", { cookie: coordinator })).status).toBe(200);
    for (const method of ["PUT", "DELETE", "PATCH", "TRACE"]) {
      // A plain HTTP request, as a scanner would send it.
      const response = await new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
        const request = http.request(`${baseUrl()}/`, { method }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode!, allow: res.headers.allow, body }));
        });
        request.on("error", reject);
        request.end();
      });
      expect(response.status, method).toBe(405);
      expect(response.allow).toBe("GET, HEAD, POST, OPTIONS");
      expect(JSON.parse(response.body).error.code).toBe("method_not_allowed");
    }
  });

  it("pages answer random, repeated and broken query parameters without a 5xx", { timeout: 120_000 }, async () => {
    const coordinator = (await signIn("coordinator@demo.test"))!;
    const pages = ["/", "/sign-in", "/sign-up", "/events/interactive-conference-2018", "/dashboard", "/dashboard/audit", "/dashboard/speakers"];
    const names = fc.constantFrom("invite", "event", "type", "q", "lang", "registered", "callbackUrl", "tz", "x");
    // Values as they travel in the address: encoded text, and raw escapes a browser never sends
    // (NUL, a lone surrogate's bytes, bytes that are not UTF-8, a cut-off escape).
    const value = fc.oneof(fc.string({ maxLength: 20 }).map(encodeURIComponent), fc.constantFrom("%00", "%ED%A0%80", "%FF", "%", "a%0Ab", "%E0%A4%A"));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pages), fc.array(fc.tuple(names, value), { maxLength: 6 }), async (page, pairs) => {
        const query = pairs.map(([name, v]) => `${name}=${v}`).join("&");
        const response = await call(`${page}?${query}`, { cookie: page.startsWith("/dashboard") ? coordinator : undefined });
        expect(response.status, `${page}?${query}`).toBeLessThan(500);
      }),
      { numRuns: 80 },
    );
  });

  it("the dashboard's success message names only a city the organizer registered, never text from the address", async () => {
    const organizer = (await signIn("paris@demo.test"))!;
    const forged = await call(`/dashboard?registered=${encodeURIComponent("Your account is suspended, call +1 555")}`, { cookie: organizer });
    expect(forged.status).toBe(200);
    expect(forged.visible).not.toContain("suspended");
    const [paris] = await sql(
      `select c.id, c.name from "HostCity" c join "Event" e on e.id = c."eventId" where e.slug = 'interactive-conference-2027' and c.slug = 'paris'`,
    );
    const real = await call(`/dashboard?registered=${paris.id}`, { cookie: organizer });
    expect(real.visible).toContain(paris.name);
    const [toronto] = await sql(
      `select c.id from "HostCity" c join "Event" e on e.id = c."eventId" where e.slug = 'interactive-conference-2027' and c.slug = 'toronto'`,
    );
    expect((await call(`/dashboard?registered=${toronto.id}`, { cookie: organizer })).visible).not.toContain("Toronto");
  });
});

describe("sessions end on the server", () => {
  const roster = (cookie: string) => call("/api/v1/speakers", { cookie });

  async function signOut(cookie: string) {
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const response = await fetch(`${baseUrl()}/api/auth/signout`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: [cookie, csrfCookie].filter(Boolean).join("; ") },
      body: new URLSearchParams({ csrfToken }),
      redirect: "manual",
    });
    expect(response.status).toBeLessThan(400);
  }

  it("signing out ends that session even for a copy of its cookie, and only that one", async () => {
    const phone = (await signIn("coordinator@demo.test"))!;
    const laptop = (await signIn("coordinator@demo.test"))!;
    expect((await roster(phone)).status).toBe(200);
    await signOut(phone);
    expect((await roster(phone)).status).toBe(401);
    expect((await roster(laptop)).status).toBe(200);
  });

  it("no session outlives its lifetime from sign-in, however active", async () => {
    const [user] = await sql(`select id, role, "sessionVersion" from "User" where email = 'coordinator@demo.test'`);
    const cookieFor = async (signedInHoursAgo: number) => {
      const at = Math.floor(Date.now() / 1000) - signedInHoursAgo * 3600;
      const token = { uid: user.id, role: user.role, sv: user.sessionVersion, sid: randomUUID(), at, name: "x", email: "coordinator@demo.test", sub: user.id };
      return `authjs.session-token=${await encode({ token, secret: TEST_AUTH_SECRET, salt: "authjs.session-token" })}`;
    };
    expect((await roster(await cookieFor(1))).status).toBe(200);
    expect((await roster(await cookieFor(13))).status).toBe(401);
  });
});

describe("sign-up", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };

  it("refuses a common or patterned password with a field error, creating nothing", async () => {
    for (const password of ["password12", "qwertyuiop1", "1234567890"]) {
      const email = `${unique("weak")}@example.org`;
      const answer = await callAction("signUpAction", [null, form({ name: "Weak Password", email, password })], {
        headers: { "x-forwarded-for": "198.51.100.1" },
      });
      const result = answer.result as { ok: boolean; fieldErrors: Record<string, string[]> };
      expect(result.ok, password).toBe(false);
      expect(result.fieldErrors.password?.join(" "), password).toMatch(/too easy to guess/);
      expect(await sql(`select 1 from "User" where email = $1`, [email])).toHaveLength(0);
    }
  });

  it("is throttled per address: the attempt after the tenth in an hour is refused, however they arrive", async () => {
    const address = { "x-forwarded-for": `198.51.100.${2 + Math.floor(Math.random() * 200)}` };
    const attempts = await Promise.all(
      Array.from({ length: 14 }, () =>
        callAction("signUpAction", [null, form({ name: "Spam", email: `${unique("spam")}@example.org`, password: "password12" })], { headers: address }),
      ),
    );
    expect(attempts.map((a) => a.status)).toEqual(attempts.map(() => 200));
    const refused = attempts.filter((a) => (a.result as { code?: string }).code === "rate_limited");
    expect(refused).toHaveLength(4);
    expect((refused[0]!.result as { message: string }).message).toMatch(/Too many new accounts from this network/);
  });
});
