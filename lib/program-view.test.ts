import { describe, expect, it } from "vitest";
import { localProgram, programForCity, sharedProgram } from "./program-view";

const program = [
  { id: "opening", citySlug: null },
  { id: "paris-meetup", citySlug: "paris" },
  { id: "toronto-meetup", citySlug: "toronto" },
  { id: "closing", citySlug: null },
];
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe("which items a view shows", () => {
  it("the event page shows the shared program only", () => {
    expect(ids(sharedProgram(program))).toEqual(["opening", "closing"]);
  });

  it("a city shows the shared program and its own items, in program order", () => {
    expect(ids(programForCity(program, "paris"))).toEqual(["opening", "paris-meetup", "closing"]);
    expect(ids(programForCity(program, null))).toEqual(["opening", "closing"]);
  });

  it("a city's own items alone", () => {
    expect(ids(localProgram(program, "toronto"))).toEqual(["toronto-meetup"]);
  });
});
