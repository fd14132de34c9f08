// `tsx --conditions=react-server scripts/bench/capture-sql.ts <search>...` (run by scripts/bench.ts
// in the built source copy, with DATABASE_URL): prints, as one JSON array, the statement that
// `GET /api/v1/doctors?<search>` sends for each search, with its parameters and row counts.
import { doctorsListSql } from "./doctors-sql";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("capture-sql needs DATABASE_URL");
const out = [];
for (const search of process.argv.slice(2)) out.push(await doctorsListSql(url, search));
process.stdout.write(`${JSON.stringify(out)}\n`);
