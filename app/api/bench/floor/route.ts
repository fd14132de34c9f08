// B-floor of `npm run bench` (docs/performance.md): the cheapest route handler this build can serve,
// a constant small JSON. It exists only when the server runs with BENCH_FLOOR=1; otherwise 404.
export const dynamic = "force-dynamic";

const body = JSON.stringify({ ok: true });

export function GET(): Response {
  if (process.env.BENCH_FLOOR !== "1") return new Response(null, { status: 404 });
  return new Response(body, { headers: { "content-type": "application/json; charset=utf-8" } });
}
