/**
 * The one module that converts and labels time. Only lib/time/ imports luxon (enforced
 * by ESLint), so every zone hazard is handled, and tested, in one place.
 */
export * from "./zones";
export * from "./convert";
export * from "./format";
export * from "./dst-guard";
