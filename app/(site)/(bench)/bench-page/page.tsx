import { notFound } from "next/navigation";
import { listDoctors } from "@/lib/doctors/queries";
import { doctorListQuerySchema } from "@/lib/doctors/schemas";

// B-page of `npm run bench` (docs/performance.md): a minimal server-component page in the same build
// (inside the root layout, like every page) rendering one 20-row doctor query: the search page's
// query, without its filters, pills and cards. Exists only when the server runs with BENCH_FLOOR=1.
export const dynamic = "force-dynamic";

const query = doctorListQuerySchema.parse({
  specialty: "cardiologist",
  city: "Pune",
  sort: "rating",
});

export default async function BenchPage() {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  const { data, meta } = await listDoctors(query);
  return (
    <div className="p-4">
      <h1>{meta.total} doctors</h1>
      <ul>
        {data.map((d) => (
          <li key={d.id}>
            {d.name}, {d.specialty}, {d.city}, {d.feeOffline ?? d.feeOnline}, {d.rating ?? "-"}
          </li>
        ))}
      </ul>
    </div>
  );
}
