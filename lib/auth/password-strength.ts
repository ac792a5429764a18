/**
 * How easy a new password is to guess, by zxcvbn (@zxcvbn-ts): common passwords (its list of
 * the most used ones), words, keyboard patterns, dates, repeats, and the person's own name
 * and e-mail, each counted at its real cost to an attacker. Below score 3 ("safely
 * unguessable": about 10^8 guesses) a password is refused: "password12" scores 0, a short
 * sentence such as "oslo is lovely in august" passes.
 */
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

export const MIN_SCORE = 3;

let checker: ZxcvbnFactory | undefined;

export function passwordScore(password: string, userInputs: string[] = []): number {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  // The person's name and e-mail as wholes and as words ("Olav Organizer" -> olav, organizer).
  const inputs = userInputs.flatMap((input) => [input, ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((word) => word.length > 2);
  return checker.check(password, inputs).score;
}

export function isStrongEnough(password: string, userInputs: string[] = []): boolean {
  return passwordScore(password, userInputs) >= MIN_SCORE;
}
