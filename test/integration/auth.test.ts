// Sign-in with next-auth's credentials endpoint, roles in the session, guards on pages.
import { describe, expect, it } from "vitest";
import { call, callAction, createAccount, signIn, sql, unique } from "./helpers";

describe("sign-in", () => {
  it.each([
    ["admin@demo.test", "ADMIN"],
    ["coordinator@demo.test", "COORDINATOR"],
    ["paris@demo.test", "ORGANIZER"],
  ])("signs %s in with the role %s in the session", async (email, role) => {
    const cookie = await signIn(email);
    expect(cookie).not.toBeNull();
    const session = await call("/api/auth/session", { cookie: cookie! });
    expect(session.body.user).toMatchObject({ email, role });
  });

  it("refuses a wrong password and an unknown account alike", async () => {
    expect(await signIn("paris@demo.test", "wrong-password")).toBeNull();
    expect(await signIn("nobody@demo.test", "wrong-password")).toBeNull();
  });

  it("accepts the email in any letter case", async () => {
    expect(await signIn("Paris@Demo.TEST")).not.toBeNull();
  });

  it("ends the powers of a session when the account is disabled", async () => {
    const email = `${unique("disabled")}@demo.test`;
    await createAccount({ email, name: "Soon disabled", role: "COORDINATOR" });
    const cookie = await signIn(email);
    expect(cookie).not.toBeNull();
    expect((await call("/api/v1/events/planning-2028", { cookie: cookie! })).status).toBe(200);
    await sql(`update "User" set "disabledAt" = now() where email = $1`, [email]);
    expect((await call("/api/v1/events/planning-2028", { cookie: cookie! })).status).toBe(404);
    expect(await signIn(email)).toBeNull();
    // The form says the account is disabled only to someone who gave its right password.
    const form = (password: string) => {
      const data = new FormData();
      data.set("email", email);
      data.set("password", password);
      return data;
    };
    expect((await callAction("signInAction", [null, form("demo-password")], { headers: { "x-forwarded-for": "192.0.2.44" } })).result).toMatchObject({
      code: "account_disabled",
    });
    expect((await callAction("signInAction", [null, form("not-the-password")], { headers: { "x-forwarded-for": "192.0.2.44" } })).result).toMatchObject({
      code: "invalid_credentials",
    });
  });
});

describe("private pages", () => {
  it("send a visitor without a session to /sign-in", async () => {
    const response = await call("/dashboard");
    expect([303, 307]).toContain(response.status);
    expect(response.headers.get("location")).toMatch(/\/sign-in\?callbackUrl=%2Fdashboard/);
  });

  it("show each role its own world", async () => {
    const coordinator = await call("/dashboard", { cookie: (await signIn("coordinator@demo.test"))! });
    expect(coordinator.visible).toContain("city registrations to review");
    expect(coordinator.visible).toContain("Simultaneous conference 2028 (planning)");
    expect(coordinator.visible).not.toContain("Accounts");

    const organizer = await call("/dashboard", { cookie: (await signIn("toronto@demo.test"))! });
    expect(organizer.visible).toContain("My cities");
    expect(organizer.visible).toContain("Vancouver");
    expect(organizer.visible).not.toContain("Brussels");
    expect(organizer.visible).not.toContain("planning");

    const admin = await call("/dashboard", { cookie: (await signIn("admin@demo.test"))! });
    expect(admin.visible).toContain("Accounts");
    expect(admin.visible).toContain("toronto@demo.test");
  });
});
