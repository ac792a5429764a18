// Admins manage accounts: roles, disabling (sessions end at once), password resets.
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, call, callAction, signIn, sql, createAccount } from "./helpers";

let admin: string, coordinator: string;
beforeAll(async () => {
  admin = (await signIn("admin@demo.test"))!;
  coordinator = (await signIn("coordinator@demo.test"))!;
});

const account = (role: "ADMIN" | "COORDINATOR" | "ORGANIZER" = "COORDINATOR") => createAccount({ role });

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

  it("resets a password to a temporary one that expires in 24 hours; the old one stops working", async () => {
    const user = await account();
    const reset = await call(`/api/v1/users/${user.id}/reset-password`, { method: "POST", cookie: admin });
    expect(reset.status).toBe(200);
    expect(reset.body.temporaryPassword).toMatch(/^[\w-]{16}$/);
    expect(Math.abs(Date.parse(reset.body.expiresAt) - (Date.now() + 24 * 3600_000))).toBeLessThan(60_000);
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
    // Keeping one's own role is not a demotion.
    expect((await call(`/api/v1/users/${me.id}`, { method: "PATCH", cookie: admin, body: JSON.stringify({ role: "admin" }) })).status).toBe(200);
    expect((await call(`/api/v1/users/not-a-user`, { method: "PATCH", cookie: admin, body: "{}" })).status).toBe(404);
    const [row] = await sql(`select "disabledAt" from "User" where id = $1`, [user.id]);
    expect(row.disabledAt).toBeNull();
  });
});

describe("temporary passwords and changing one's password", () => {
  const passwordForm = (current: string, next: string, confirm = next) => {
    const form = new FormData();
    form.set("currentPassword", current);
    form.set("newPassword", next);
    form.set("confirmPassword", confirm);
    return form;
  };

  it("signed in with a temporary password, every page leads to the change page, the API refuses and reads as anonymous, until a new one is chosen", async () => {
    const user = await account();
    const { body } = await call(`/api/v1/users/${user.id}/reset-password`, { method: "POST", cookie: admin });
    const session = (await signIn(user.email, body.temporaryPassword))!;
    expect(session).toBeTruthy();

    const page = await call("/dashboard/events/interactive-conference-2027", { cookie: session });
    expect(page.status).toBe(307);
    expect(new URL(page.headers.get("location")!, baseUrl()).pathname + new URL(page.headers.get("location")!, baseUrl()).search).toBe(
      "/dashboard/password?callbackUrl=%2Fdashboard%2Fevents%2Finteractive-conference-2027",
    );
    const change = await call("/dashboard/password", { cookie: session });
    expect(change.status).toBe(200);
    expect(change.text).toContain('data-testid="must-change"');
    const write = await call("/api/v1/events", { method: "POST", cookie: session, body: JSON.stringify({}) });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe("password_change_required");
    expect((await call("/api/v1/events/planning-2028", { cookie: session })).status).toBe(404);

    const weak = await callAction("changePasswordAction", ["/dashboard", null, passwordForm(body.temporaryPassword, "password12")], { cookie: session });
    expect(weak.result.fieldErrors.newPassword.join(" ")).toMatch(/too easy to guess/);
    const mismatch = await callAction(
      "changePasswordAction",
      ["/dashboard", null, passwordForm(body.temporaryPassword, "a quiet walk by the harbour", "a quiet walk by the harbor")],
      { cookie: session },
    );
    expect(mismatch.result.fieldErrors.confirmPassword).toBeDefined();
    const wrong = await callAction("changePasswordAction", ["/dashboard", null, passwordForm("not-the-temporary-one", "a quiet walk by the harbour")], {
      cookie: session,
    });
    expect(wrong.result.fieldErrors.currentPassword).toBeDefined();
    const [unchanged] = await sql(`select "temporaryPasswordExpiresAt" from "User" where id = $1`, [user.id]);
    expect(unchanged.temporaryPasswordExpiresAt).not.toBeNull();

    const done = await callAction(
      "changePasswordAction",
      ["/dashboard/events/interactive-conference-2027", null, passwordForm(body.temporaryPassword, "a quiet walk by the harbour")],
      { cookie: session },
    );
    expect(done.redirect).toContain("/dashboard/events/interactive-conference-2027");
    const [changed] = await sql(`select "temporaryPasswordExpiresAt" from "User" where id = $1`, [user.id]);
    expect(changed.temporaryPasswordExpiresAt).toBeNull();
    expect(await signIn(user.email, body.temporaryPassword)).toBeNull();
    const fresh = (await signIn(user.email, "a quiet walk by the harbour"))!;
    expect((await call("/api/v1/events/planning-2028", { cookie: fresh })).status).toBe(200);
    // The session opened with the temporary password ended with it.
    expect((await call("/dashboard/password", { cookie: session })).status).toBe(307);
    const [entry] = await sql(`select 1 from "AuditEntry" where "entityId" = $1 and action = 'user.change_password'`, [user.id]);
    expect(entry).toBeDefined();
  });

  it("guesses at the current password are throttled like sign-ins", async () => {
    const user = await account();
    const session = (await signIn(user.email))!;
    const codes: string[] = [];
    for (let i = 0; i < 8; i++) {
      const answer = await callAction("changePasswordAction", ["/dashboard", null, passwordForm(`guess-${i}`, "a quiet walk by the harbour")], {
        cookie: session,
      });
      codes.push(answer.result.code);
    }
    expect(codes.slice(0, 6)).toEqual(Array(6).fill("validation_error"));
    expect(codes.slice(6)).toContain("rate_limited");
  });

  it("an expired temporary password signs no one in, and says so", async () => {
    const user = await account();
    const { body } = await call(`/api/v1/users/${user.id}/reset-password`, { method: "POST", cookie: admin });
    await sql(`update "User" set "temporaryPasswordExpiresAt" = now() - interval '1 minute' where id = $1`, [user.id]);
    expect(await signIn(user.email, body.temporaryPassword)).toBeNull();
    const form = new FormData();
    form.set("email", user.email);
    form.set("password", body.temporaryPassword);
    const answer = await callAction("signInAction", [null, form]);
    expect(answer.result).toMatchObject({ ok: false, code: "password_expired" });
  });

  it("anyone signed in can change their own password; their other sessions end", async () => {
    const user = await account();
    const phone = (await signIn(user.email))!;
    const laptop = (await signIn(user.email))!;
    const answer = await callAction("changePasswordAction", ["/dashboard", null, passwordForm("demo-password", "lanterns over the old canal")], {
      cookie: laptop,
    });
    expect(answer.redirect).toContain("/dashboard");
    expect((await call("/api/v1/events/planning-2028", { cookie: phone })).status).toBe(404);
    expect(await signIn(user.email, "lanterns over the old canal")).not.toBeNull();
  });
});
