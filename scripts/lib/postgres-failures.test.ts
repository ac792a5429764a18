// What PostgreSQL 17 prints (LC_MESSAGES=C), captured from the embedded binaries, and the one
// sentence each becomes.
import { describe, expect, it } from "vitest";
import { explainPostgresOutput, lastErrorLine } from "./postgres-failures";

const context = { dataDir: ".data/postgres", port: 54329, portVariable: "EMBEDDED_PG_PORT", user: "postgres" };
const log = (...lines: string[]) => lines.map((line) => `2026-12-01 23:12:41.287 UTC [3641] ${line}`).join("\n");

describe("explainPostgresOutput", () => {
  it("names the port and the variable that moves it", () => {
    const output = log(
      'LOG:  could not bind IPv4 address "127.0.0.1": Address already in use',
      "HINT:  Is another postmaster already running on port 54329? If not, wait a few seconds and retry.",
      "FATAL:  could not create any TCP/IP sockets",
    );
    expect(explainPostgresOutput(output, context)).toBe(
      "Port 54329 is in use by another program, so the embedded PostgreSQL cannot listen there. Stop that program, or choose another port: EMBEDDED_PG_PORT=54330.",
    );
  });

  it("says which versions disagree and how to move the old data aside", () => {
    const output = log(
      "FATAL:  database files are incompatible with server",
      "DETAIL:  The data directory was initialized by PostgreSQL version 16, which is not compatible with this version 17.10.",
    );
    expect(explainPostgresOutput(output, context)).toBe(
      ".data/postgres holds data of PostgreSQL 16, and this project runs PostgreSQL 17. Move it aside (mv .data/postgres .data/postgres-pg16) or delete it, and run again: a new one is made.",
    );
  });

  it("recognises a full disk in initdb's and the server's words", () => {
    for (const output of [
      'initdb: error: could not write file "/x/pg_wal/000000010000000000000001": No space left on device',
      log('PANIC:  could not write to file "pg_wal/xlogtemp.12": No space left on device'),
    ]) {
      expect(explainPostgresOutput(output, context)).toMatch(/^The disk holding \.data\/postgres is full\. Free some space/);
    }
  });

  it("names the other postmaster of a lock file", () => {
    const output = log('FATAL:  lock file "postmaster.pid" already exists', 'HINT:  Is another postmaster (PID 4242) running in data directory "/x"?');
    expect(explainPostgresOutput(output, context)).toMatch(/^Another PostgreSQL \(PID 4242\) is using \.data\/postgres\. Stop it \(kill 4242\)/);
  });

  it("explains ownership, permissions and missing libraries", () => {
    expect(explainPostgresOutput(log('FATAL:  data directory "/x" has wrong ownership'), context)).toMatch(/chown -R postgres \.data\/postgres/);
    expect(explainPostgresOutput(log('FATAL:  data directory "/x" has invalid permissions'), context)).toMatch(/chmod 700 \.data\/postgres/);
    expect(explainPostgresOutput("postgres: error while loading shared libraries: libicuuc.so.60: cannot open shared object file", context)).toMatch(
      /libicuuc\.so\.60 is missing.*npm ci/,
    );
    expect(explainPostgresOutput(log('FATAL:  could not open file "global/pg_control": Permission denied'), context)).toMatch(
      /may not use global\/pg_control \(permission denied\)/,
    );
  });

  it("leaves what it does not know to the last error line", () => {
    const output = log("LOG:  starting PostgreSQL 17.10", "FATAL:  something new went wrong", "LOG:  database system is shut down");
    expect(explainPostgresOutput(output, context)).toBeUndefined();
    expect(lastErrorLine(output)).toMatch(/FATAL: {2}something new went wrong$/);
  });
});
