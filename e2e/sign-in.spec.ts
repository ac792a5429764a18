import { expect, lastMailTo, signInAs, signUpAs, test } from "./fixtures";

test.describe("sign-in per role", () => {
  test("a wrong password is answered next to the form", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("paris@demo.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is incorrect.");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("the coordinator sees events and pending cities", async ({ page }) => {
    await signInAs(page, "coordinator@demo.test");
    await expect(page.getByTestId("signed-in-as")).toContainText("coordinator");
    await expect(page.getByTestId("events-table")).toContainText("Simultaneous conference 2028 (planning)");
    await expect(page.getByTestId("pending-cities")).toContainText("Vancouver");
    await expect(page.getByTestId("pending-cities")).toContainText("Brussels");
  });

  test("an organizer sees only their cities @phone", async ({ page }) => {
    await signInAs(page, "toronto@demo.test");
    const cities = page.getByTestId("my-cities");
    await expect(cities).toContainText("Toronto");
    await expect(cities).toContainText("Vancouver");
    await expect(cities).not.toContainText("Paris");
    await expect(page.getByTestId("events-table")).toHaveCount(0);
  });

  test("the admin sees the accounts, then signs out", async ({ page }) => {
    await signInAs(page, "admin@demo.test");
    await expect(page.getByTestId("users-table")).toContainText("toronto@demo.test");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("passwords", () => {
  test("a temporary password from an admin leads straight to choosing one's own @phone", async ({ page, browser }) => {
    const email = `temporary-${Date.now()}@example.org`;
    await signUpAs(page, "Tara Temporary", email);

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInAs(admin, "admin@demo.test");
    await admin
      .getByRole("row", { name: new RegExp(email) })
      .getByRole("button", { name: /Reset the password/ })
      .click();
    // Asked first: the current password stops working.
    await expect(admin.getByRole("dialog")).toContainText("Their current password stops working");
    await admin.getByRole("dialog").getByRole("button", { name: "Reset password" }).click();
    const temporary = (await admin.getByTestId("temporary-password").locator("code").textContent())!;
    await adminContext.close();

    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(temporary);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard\/password/);
    await expect(page.getByTestId("must-change")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/dashboard\/password/);
    await page.getByLabel("Temporary password").fill(temporary);
    await page.getByRole("textbox", { name: "New password", exact: true }).fill("a quiet walk by the harbour");
    await page.getByLabel("New password again").fill("a quiet walk by the harbour");
    await page.getByRole("button", { name: "Save the new password" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByTestId("signed-in-as")).toContainText("Tara Temporary");
  });
});

test("a disabled account is told so, but only after its right password; the administrator was asked first @phone", async ({ page, browser }) => {
  const email = `disabled-${Date.now()}@example.org`;
  await signUpAs(page, "Dina Disabled", email);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin@demo.test");
  await admin.getByLabel("Name or email").fill(email);
  await admin.getByRole("button", { name: "Search" }).click();
  await admin.getByRole("button", { name: "Disable Dina Disabled" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Disable" }).click();
  await expect(admin.getByRole("row", { name: new RegExp(email) })).toContainText("Disabled");
  await adminContext.close();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("The email or password is incorrect.");
  await page.getByLabel("Password").fill("lanterns over the old canal");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("This account is disabled. Ask an administrator if you think it should not be.");
});

test("a forgotten password: the link from the mail lets the person choose a new one and signs them in @phone", async ({ page }) => {
  const email = `forgot-${Date.now().toString(36)}@example.org`;
  await signUpAs(page, "Farid Forgetful", email);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
  await page.getByLabel("Your e-mail address").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByText("If this address has an account, a link to choose a new password is on its way.")).toBeVisible();

  const link = /https?:\/\/\S+\/reset-password\?token=[\w-]{43}/.exec(await lastMailTo(email, /\/reset-password\?token=/))![0];
  await page.goto(new URL(link).pathname + new URL(link).search);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("a new lantern over the canal");
  await page.getByLabel("New password again").fill("a new lantern over the canal");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});
