// B-bare of `npm run bench`: bare node:http + postgres.js running the doctors endpoint's SQL
// (BENCH_SQL = {"text","params"}, captured from listDoctors) as a prepared statement, answering
// JSON. Started by scripts/bench.ts with an IPC channel; reports its port as {"port"}.
import { createServer } from "node:http";
import postgres from "postgres";

const url = process.env.DATABASE_URL;
const statement = JSON.parse(process.env.BENCH_SQL ?? "null") as {
  text: string;
  params: postgres.ParameterOrJSON<never>[];
} | null;
if (!url || !statement) throw new Error("bare-server needs DATABASE_URL and BENCH_SQL");

// Same pool size as the app (db/client.ts).
const sql = postgres(url, { max: Number(process.env.DB_POOL_MAX ?? 10), onnotice: () => {} });

const server = createServer((request, response) => {
  sql
    .unsafe(statement.text, statement.params, { prepare: true })
    .then((rows) => {
      const total = Number((rows[0] as { count?: unknown } | undefined)?.count ?? 0);
      const body = JSON.stringify({ data: rows, meta: { page: 1, pageSize: 20, total } });
      response.writeHead(200, {
        "content-type": "application/json; charset=utf-8",
        "content-length": Buffer.byteLength(body),
      });
      response.end(body);
    })
    .catch((error: unknown) => {
      console.error("bare-server:", error instanceof Error ? error.message : error);
      response.writeHead(500);
      response.end();
    });
  request.resume();
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address !== "string") process.send?.({ port: address.port });
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void sql.end({ timeout: 2 }).finally(() => process.exit(0));
  });
}
