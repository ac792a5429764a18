import { describe, expect, it } from "vitest";
import { changePasswordSchema, signUpSchema } from "./user";

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message] as const);

describe("password rules", () => {
  const account = { name: "Tom Toronto", email: "tom@example.org" };

  it("say one thing per field: a short password is not also called easy to guess", () => {
    const empty = issues(changePasswordSchema(account).safeParse({ currentPassword: "", newPassword: "", confirmPassword: "" }));
    expect(empty.map(([path]) => path)).toEqual(["currentPassword", "newPassword"]);
    expect(empty[1]![1]).toMatch(/at least 10 characters/);
  });

  it("refuse a common password, the person's own name, and two different new passwords", () => {
    expect(issues(changePasswordSchema(account).safeParse({ currentPassword: "x", newPassword: "password12", confirmPassword: "password12" }))).toEqual([
      ["newPassword", expect.stringMatching(/too easy to guess/)],
    ]);
    expect(issues(changePasswordSchema(account).safeParse({ currentPassword: "x", newPassword: "tomtoronto1", confirmPassword: "tomtoronto1" }))[0]?.[0]).toBe(
      "newPassword",
    );
    expect(
      issues(changePasswordSchema(account).safeParse({ currentPassword: "x", newPassword: "a quiet walk by the harbour", confirmPassword: "a quiet walk" })),
    ).toEqual([["confirmPassword", "The two new passwords differ."]]);
    expect(
      changePasswordSchema(account).safeParse({
        currentPassword: "x",
        newPassword: "a quiet walk by the harbour",
        confirmPassword: "a quiet walk by the harbour",
      }).success,
    ).toBe(true);
  });

  it("apply at sign-up too", () => {
    expect(issues(signUpSchema.safeParse({ name: "Tom", email: "t@example.org", password: "password12" }))).toEqual([
      ["password", expect.stringMatching(/too easy to guess/)],
    ]);
  });
});
