// Admins manage accounts: roles, disabling (sessions end at once), password resets.
import { beforeAll, describe, expect, it } from "vitest";
import { call, signIn, sql, unique } from "./helpers";

let admin: string, coordinator: string;
beforeAll(async () => {
  admin = (await signIn("admin@demo.test"))!;
  coordinator = (await signIn("coordinator@demo.test"))!;
});

async function account(role = "COORDINATOR") {
  const email = `${unique("acct")}@demo.test`;
  const [hash] = await sql(`select "passwordHash" from "User" where email = 'paris@demo.test'`);
  const [row] = await sql(`insert into "User" (id, email, name, "passwordHash", role, "updatedAt") values (gen_random_uuid(), $1, 'Someone', $2, $3, now()) returning id`, [email, hash.passwordHash, role]);
  return { id: row.id as string, email };
}

describe("account management", () => {
  it("lets an admin disable an account, which ends its sessions at once, and enable it again", async () => {
    const user = await account();
    const session = (await signIn(user.email))!;
    expect((await call("/api/v1/events/planning-2028", { cookie: session })).status).toBe(200);
    const disabled = await call(`/api/v1/users/${user.id}`, { method: "PATCH", cookie: admin, body: JSON.stringify({ disabled: true }) });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await call("/api/v1/events/planning-2028", { cookie: session })).status).toBe(404);
    expect(await signIn(user.email)).toBeNull();
    await call(`/api/v1/users/${user.id}`, { method: "PATCH", cookie: admin, body: JSON.stringify({ disabled: false }) });
    expect(await signIn(user.email)).not.toBeNull();
  });

  it("changes roles, and a role change applies to existing sessions", async () => {
    const user = await account("COORDINATOR");
    const session = (await signIn(user.email))!;
    const changed = await call(`/api/v1/users/${user.id}`, { method: "PATCH", cookie: admin, body: JSON.stringify({ role: "organizer" }) });
    expect(changed.body.role).toBe("organizer");
    expect((await call("/api/v1/events/planning-2028", { cookie: session })).status).toBe(404);
  });

  it("resets a password to a one-time temporary one; the old one stops working", async () => {
    const user = await account();
    const reset = await call(`/api/v1/users/${user.id}/reset-password`, { method: "POST", cookie: admin });
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword).toMatch(/^[\w-]{16}$/);
    expect(await signIn(user.email)).toBeNull();
    expect(await signIn(user.email, reset.body.temporaryPassword)).not.toBeNull();
    const [entry] = await sql(`select action from "AuditEntry" where "entityId" = $1 and action = 'user.reset_password'`, [user.id]);
    expect(entry).toBeDefined();
  });

  it("is for admins only, and an admin cannot disable or demote themselves", async () => {
    const user = await account();
    expect((await call(`/api/v1/users/${user.id}`, { method: "PATCH", cookie: coordinator, body: JSON.stringify({ disabled: true }) })).status).toBe(403);
    expect((await call(`/api/v1/users/${user.id}/reset-password`, { method: "POST", cookie: coordinator })).status).toBe(403);
    expect((await call(`/api/v1/users/${user.id}`, { method: "PATCH", body: "{}" })).status).toBe(401);
    const [me] = await sql(`select id from "User" where email = 'admin@demo.test'`);
    const self = await call(`/api/v1/users/${me.id}`, { method: "PATCH", cookie: admin, body: JSON.stringify({ disabled: true }) });
    expect(self.status).toBe(400);
    expect((await call(`/api/v1/users/not-a-user`, { method: "PATCH", cookie: admin, body: "{}" })).status).toBe(404);
    const [row] = await sql(`select "disabledAt" from "User" where id = $1`, [user.id]);
    expect(row.disabledAt).toBeNull();
  });
});
