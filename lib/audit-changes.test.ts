import { describe, expect, it } from "vitest";
import { auditChanges, auditSubject } from "./audit-changes";

describe("auditChanges", () => {
  it("lists the fields that differ, nested ones by their path, never the version", () => {
    const before = { name: "Toronto", venue: { name: "Hall A", capacity: 100 }, languages: ["en", "fa"], version: 3 };
    const after = { name: "Toronto", venue: { name: "Hall B", capacity: 100 }, languages: ["en", "fa", "fr"], version: 4 };
    expect(auditChanges(before, after)).toEqual([
      { field: "venue.name", before: "Hall A", after: "Hall B" },
      { field: "languages", before: "en, fa", after: "en, fa, fr" },
    ]);
  });

  it("shows a creation as every field of after, and a removed field as emptied", () => {
    expect(auditChanges(null, { title: "Opening" })).toEqual([{ field: "title", before: "", after: "Opening" }]);
    expect(auditChanges({ note: "x" }, {})).toEqual([{ field: "note", before: "x", after: "" }]);
  });
});

describe("an empty field on creation", () => {
  it("is no change: nothing before, nothing after", () => {
    expect(auditChanges(null, { title: "Opening", citySlug: null })).toEqual([{ field: "title", before: "", after: "Opening" }]);
  });
});

describe("what an audit entry is about", () => {
  it("is the name, title, item or email its snapshot gives, in that order", () => {
    expect(auditSubject({ name: "Oslo", title: "x" })).toBe("Oslo");
    expect(auditSubject({ title: "Opening", startsAt: "2027-03-20T16:00:00Z" })).toBe("Opening");
    expect(auditSubject({ item: "Keynote", speaker: "Sara" })).toBe("Keynote");
    expect(auditSubject({ email: "a@example.org" })).toBe("a@example.org");
    expect(auditSubject({ status: "APPROVED" })).toBeNull();
    expect(auditSubject(null)).toBeNull();
  });
});
