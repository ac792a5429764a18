import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { TEST_DIST_DIR } from "../../scripts/lib/config";
import { inject } from "vitest";

export const baseUrl = () => inject("baseUrl");
export const databaseUrl = () => inject("databaseUrl");

export const DEMO_PASSWORD = "demo-password";

/** Who the permission tests call as; "organizer (own city)" organizes the cities the tests make. */
export type Who = "anonymous" | "organizer (own city)" | "organizer (other city)" | "coordinator" | "admin";
export const CALLERS: Record<Exclude<Who, "anonymous">, { email: string; role: "ORGANIZER" | "COORDINATOR" | "ADMIN" }> = {
  "organizer (own city)": { email: "paris@demo.test", role: "ORGANIZER" },
  "organizer (other city)": { email: "toronto@demo.test", role: "ORGANIZER" },
  coordinator: { email: "coordinator@demo.test", role: "COORDINATOR" },
  admin: { email: "admin@demo.test", role: "ADMIN" },
};

/** A session cookie for every caller (anonymous has none). */
export async function signInCallers(): Promise<Partial<Record<Who, string>>> {
  const cookies: Partial<Record<Who, string>> = {};
  for (const [who, { email }] of Object.entries(CALLERS)) cookies[who as Who] = (await signIn(email))!;
  return cookies;
}

/** A request to the test server (or to the server at `base`); returns status, headers and parsed JSON (if any). */
export async function call(path: string, init: RequestInit & { cookie?: string; base?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("cookie", init.cookie);
  if (init.body && !headers.has("content-type")) headers.set("content-type", "application/json");
  const response = await fetch(`${init.base ?? baseUrl()}${path}`, { ...init, headers, redirect: "manual" });
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body: body as any, text, visible: visibleText(text) };
}

/** Signs in through next-auth's own endpoints, as a script would; returns the cookie header. */
export async function signIn(email: string, password = DEMO_PASSWORD, base = baseUrl()): Promise<string | null> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiePairs(csrf.headers);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password }),
    redirect: "manual",
  });
  const session = cookiePairs(response.headers);
  return session.includes("authjs.session-token") ? `${csrfCookie}; ${session}` : null;
}

function cookiePairs(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/** Runs SQL against the test server's database (for setup and for checking what was written). */
export async function sql<T extends pg.QueryResultRow = any>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** What a reader sees of an HTML page: text outside <script>/<style>, tags removed. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/**
 * An account that signs in with the demo password (its hash is copied from a demo account, so
 * no test pays for hashing); inserted directly. The one place that knows the User columns.
 */
export async function createAccount(options: { role?: "ADMIN" | "COORDINATOR" | "ORGANIZER"; name?: string; email?: string } = {}) {
  const email = options.email ?? `${unique("account")}@demo.test`;
  const [row] = await sql(
    `insert into "User" (id, email, name, "passwordHash", role, "emailVerifiedAt", "updatedAt")
     select gen_random_uuid(), $1, $2, "passwordHash", $3, now(), now() from "User" where email = 'paris@demo.test' returning id`,
    [email, options.name ?? "Someone", options.role ?? "ORGANIZER"],
  );
  return { id: row.id as string, email };
}

/** A published event open for registration, with fa/en languages; inserted directly. */
export async function createEvent(options: { status?: string; registrationOpen?: boolean } = {}) {
  const slug = unique("evt");
  const [event] = await sql(
    `insert into "Event" (id, slug, title, status, "attendanceMode", "startsAt", "endsAt", "anchorTimeZone", "registrationOpen", "updatedAt")
     values (gen_random_uuid(), $1, 'Test event ' || $1, $2, 'IN_PERSON', '2027-08-28T15:00Z', '2027-08-28T18:00Z', 'Europe/Paris', $3, now()) returning id`,
    [slug, options.status ?? "PUBLISHED", options.registrationOpen ?? true],
  );
  await sql(`insert into "BroadcastLanguage" (id, "eventId", code, position) values (gen_random_uuid(), $1, 'fa', 0), (gen_random_uuid(), $1, 'en', 1)`, [
    event.id,
  ]);
  return { id: event.id as string, slug };
}

/** A host city of `eventId` organized by `organizerEmail`; inserted directly. */
export async function createCity(eventId: string, organizerEmail: string, status = "PENDING", name = "Lyon") {
  const slug = unique(name.toLowerCase());
  const [city] = await sql(
    `insert into "HostCity" (id, "eventId", slug, name, "countryCode", "timeZone", status, "venueName", "venueAddress", "venueCapacity", "contactEmail", "updatedAt")
     values (gen_random_uuid(), $1, $2, $3, 'FR', 'Europe/Paris', $4, 'Salle', '1 rue X', 80, 'private@example.org', now()) returning id`,
    [eventId, slug, name, status],
  );
  await sql(`insert into "CityOrganizer" ("hostCityId", "userId") select $1, id from "User" where email = $2`, [city.id, organizerEmail]);
  return { id: city.id as string, slug };
}

export const validVenue = { name: "Salle des fêtes", address: "1 place de la Mairie", capacity: 120, accessibility: "Step-free" };

/**
 * Server actions, called over HTTP the way the browser calls them: the action's id from the
 * test build's manifest in a `Next-Action` header, its arguments (bound ones included: a
 * browser sends those back too) encoded with React's own `encodeReply`, the answer decoded
 * with React's reader. Nothing here trusts the UI: any argument can be sent.
 */
const reactClient = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply(values: unknown[]): Promise<string | FormData>;
};

type ActionEntry = { id: string; name: string; file: string; pages: string[] };

let actions: ActionEntry[] | undefined;

/** Every server action of the test build: id, exported name, file and the pages that can run it (read once). */
export function serverActions(): ActionEntry[] {
  if (actions) return actions;
  const file = path.resolve(__dirname, "../..", TEST_DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  actions = Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: entry.exportedName,
    file: entry.filename,
    pages: Object.keys(entry.workers).map((worker) => worker.replace(/^app\/\[locale\]/, "").replace(/\/page$/, "") || "/"),
  }));
  return actions;
}

export type ActionAnswer = { status: number; redirect: string | null; result: any };

/** Calls server action `name` with `args` on a page that can run it (`params` fills its [segments]). */
export async function callAction(
  name: string,
  args: unknown[],
  options: { cookie?: string; params?: Record<string, string>; origin?: string; headers?: Record<string, string> } = {},
): Promise<ActionAnswer> {
  const action = serverActions().find((a) => a.name === name);
  if (!action) throw new Error(`no server action named ${name} in the test build`);
  const fill = (page: string) => page.replace(/\[(\w+)\]/g, (_, key: string) => options.params?.[key] ?? `[${key}]`);
  const page = action.pages.map(fill).find((p) => !p.includes("[")) ?? fill(action.pages[0]!);
  const headers = new Headers({ "next-action": action.id, accept: "text/x-component", origin: options.origin ?? baseUrl() });
  if (options.cookie) headers.set("cookie", options.cookie);
  for (const [key, value] of Object.entries(options.headers ?? {})) headers.set(key, value);
  const response = await fetch(`${baseUrl()}${page}`, { method: "POST", headers, body: await reactClient.encodeReply(args), redirect: "manual" });
  const redirect = response.headers.get("x-action-redirect");
  if (response.status !== 200 || !response.headers.get("content-type")?.startsWith("text/x-component")) {
    return { status: response.status, redirect, result: await response.text() };
  }
  return { status: response.status, redirect, result: redirect ? null : actionResult(await response.text()) };
}

/**
 * The return value of an action from its RSC answer: row 0 is `{ a: "$@<row>", ... }` and
 * that row holds the value as JSON (the rest is the re-rendered page, not needed here).
 * Handles what plain form results use: row references, `$undefined` and escaped `$$` text.
 */
function actionResult(text: string): unknown {
  const rows = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = /^([0-9a-f]+):([[{"0-9tfn-].*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const resolve = (value: unknown): unknown => {
    if (typeof value === "string" && value.startsWith("$")) {
      if (value === "$undefined") return undefined;
      if (value.startsWith("$$")) return value.slice(1);
      const ref = /^\$@?([0-9a-f]+)$/.exec(value);
      if (ref && rows.has(ref[1]!)) return resolve(JSON.parse(rows.get(ref[1]!)!));
      return value;
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  const root = rows.get("0");
  if (!root) throw new Error(`no action result in: ${text.slice(0, 300)}`);
  return resolve((JSON.parse(root) as { a: unknown }).a);
}

/**
 * Waits until the mail worker has no batch left to run (the digests of changes, the
 * coordinators' notices of registrations, and the attendees' notices of a moved or delayed
 * start, each written by a job after the change that queued it):
 * they write in the background, so a test comparing the database before and after a call
 * starts from a settled one. At most `seconds`.
 */
export async function mailSettled(seconds = 15) {
  for (let i = 0; i < seconds * 4; i++) {
    const [{ n }] = await sql(
      `select count(*)::int as n from pgboss.job where name in ('mail-digest', 'mail-registrations', 'mail-attendees') and state in ('created', 'retry', 'active')`,
    );
    if (n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the mail worker still had batches to run after ${seconds} s`);
}
