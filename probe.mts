import { request } from "node:http";
import pg from "pg";
import { readFileSync } from "node:fs";
const base = process.env.BASE ?? "http://localhost:3100";
const raw = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ h: any; t: string }>((res) => {
    const r = request(base + path, { headers }, (resp) => {
      let t = "";
      resp.on("data", (c) => (t += c));
      resp.on("end", () => res({ h: resp.headers, t }));
    });
    r.end();
  });
const { databaseUrl } = JSON.parse(readFileSync("/work/main/.data/test-server.json", "utf8"));
const c = new pg.Client({ connectionString: databaseUrl });
await c.connect();
const slug = "evt-probe-" + Date.now().toString(36);
const {
  rows: [ev],
} = await c.query(
  `insert into "Event" (id, slug, title, status, "attendanceMode", "startsAt", "endsAt", "anchorTimeZone", "registrationOpen", "updatedAt") values (gen_random_uuid(), $1, 'Probe '||$1, 'PUBLISHED', 'IN_PERSON', '2027-08-28T15:00Z', '2027-08-28T18:00Z', 'Europe/Paris', true, now()) returning id`,
  [slug],
);
await c.query(`insert into "BroadcastLanguage" (id, "eventId", code, position) values (gen_random_uuid(), $1, 'fa', 0), (gen_random_uuid(), $1, 'en', 1)`, [
  ev.id,
]);
const reads = process.env.ONLY ? [`/en/events/${slug}`] : [`/en/events/${slug}`, `/api/v1/events/${slug}`, `/en/events/${slug}/calendar.ics`];
for (const p of reads) {
  for (let i = 0; i < 2; i++) {
    const r = await raw(p);
    console.log(p, r.h["x-nextjs-cache"], r.h["x-simulconf-cache"]);
  }
}
const csrf = await fetch(`${base}/api/auth/csrf`);
const { csrfToken } = (await csrf.json()) as any;
const jar = csrf.headers
  .getSetCookie()
  .map((x) => x.split(";")[0])
  .join("; ");
const si = await fetch(`${base}/api/auth/callback/credentials`, {
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
  body: new URLSearchParams({ csrfToken, email: "coordinator@demo.test", password: "demo-password" }),
  redirect: "manual",
});
const cookie =
  jar +
  "; " +
  si.headers
    .getSetCookie()
    .map((x) => x.split(";")[0])
    .join("; ");
const cur = (await (await fetch(`${base}/api/v1/events/${slug}`, { headers: { cookie } })).json()) as any;
const p = await fetch(`${base}/api/v1/events/${slug}`, {
  method: "PATCH",
  headers: { cookie, "content-type": "application/json", origin: base },
  body: JSON.stringify({ title: "Renamed X", version: cur.version }),
});
console.log("patch", p.status);
for (const path of reads) {
  const r = await raw(path);
  console.log("after", path, r.h["x-nextjs-cache"], r.h["x-simulconf-cache"], r.t.includes("Renamed X"));
}
await c.end();
