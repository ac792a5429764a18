import { describe, expect, it } from "vitest";
import { isStrongEnough } from "./password-strength";

describe("password strength", () => {
  it("refuses common and patterned passwords, and ones built from the person's own name or address", () => {
    for (const weak of ["password12", "password123!", "qwertyuiop", "1234567890", "iloveyou2024", "aaaaaaaaaaaa", "Password2026"]) {
      expect(isStrongEnough(weak), weak).toBe(false);
    }
    expect(isStrongEnough("olavorganizer", ["Olav Organizer", "olav@example.org"])).toBe(false);
    expect(isStrongEnough("olavorganizer")).toBe(true); // the same, from someone else: not a known word
  });

  it("accepts a short sentence or a long random string", () => {
    for (const strong of ["oslo is lovely in august", "correct horse battery staple", "G7#kq!2Lx9@vRm"]) expect(isStrongEnough(strong), strong).toBe(true);
  });
});
