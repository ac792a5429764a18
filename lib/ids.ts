import { v5 as uuidv5, validate } from "uuid";

/** Namespace of this product's name-based UUIDs (seed rows, export GUIDs). */
const NAMESPACE = "6f1c2b8e-4d3a-5e7f-9a0b-1c2d3e4f5a6b";

/** A stable UUID (v5) derived from the given parts: the same parts give the same id. */
export function stableId(...parts: string[]): string {
  return uuidv5(parts.join("\u001f"), NAMESPACE);
}

/** Whether `text` is a UUID: route ids are checked before they reach a uuid column. */
export function isUuid(text: string): boolean {
  return validate(text);
}
