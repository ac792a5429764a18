/**
 * Every Vitest test keeps 3x headroom under its timeout: a test that used more than a third of it
 * fails, naming both numbers, so a test that is slow on a quiet machine is made faster or split
 * before a busy machine (a second process on two cores) turns it into a timeout. Registered first,
 * so its afterEach runs last and the time includes the test's own beforeEach and afterEach hooks.
 */
import { afterEach, beforeEach } from "vitest";

export const HEADROOM = 3;
let started = 0;

beforeEach(() => {
  started = performance.now();
});

afterEach(({ task }) => {
  const used = performance.now() - started;
  if (used > task.timeout / HEADROOM) {
    throw new Error(
      `This test took ${Math.round(used)} ms, more than a third of its ${task.timeout} ms timeout: make it faster or split it ` +
        `(a busy machine must not turn it into a timeout).`,
    );
  }
});
