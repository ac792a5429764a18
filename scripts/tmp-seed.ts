import { readFileSync } from "node:fs";
import { BENCH_EVENT, seedLargeEvent } from "../prisma/seed/large";
const url = JSON.parse(readFileSync(".data/test-server.json", "utf8")).databaseUrl;
seedLargeEvent(url, BENCH_EVENT).then(console.log);
