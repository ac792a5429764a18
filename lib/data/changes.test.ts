import { describe, expect, it } from "vitest";
import { changedFields, isEmpty } from "./changes";

describe("changedFields", () => {
  const row = { name: "Toronto", phone: "+1 416", startsAt: new Date("2018-08-25T15:00:00Z"), capacity: 120 };

  it("keeps only the fields sent that differ", () => {
    expect(changedFields(row, { name: undefined, phone: "+1 647", capacity: 120 })).toEqual({ phone: "+1 647" });
  });

  it("compares instants by value, and sees an unchanged request as empty", () => {
    const changes = changedFields(row, { startsAt: new Date("2018-08-25T15:00:00.000Z"), name: "Toronto" });
    expect(isEmpty(changes)).toBe(true);
    expect(changedFields(row, { startsAt: new Date("2018-08-25T16:00:00Z") })).toEqual({ startsAt: new Date("2018-08-25T16:00:00Z") });
  });

  it("treats an emptied text as a change, not as absent", () => {
    expect(changedFields(row, { phone: "" })).toEqual({ phone: "" });
  });

  it("compares lists by their values in order", () => {
    const speaker = { languages: ["fa", "en"] };
    expect(isEmpty(changedFields(speaker, { languages: ["fa", "en"] }))).toBe(true);
    expect(changedFields(speaker, { languages: ["en", "fa"] })).toEqual({ languages: ["en", "fa"] });
  });
});
