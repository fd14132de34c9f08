import type { MedicineOrderDto } from "@/lib/pharmacy/orders/schemas";

const tone: Record<MedicineOrderDto["status"], string> = {
  pending: "bg-amber-100 text-amber-950",
  confirmed: "bg-blue-100 text-blue-900",
  dispatched: "bg-indigo-100 text-indigo-900",
  delivered: "bg-green-100 text-green-900",
  cancelled: "bg-slate-200 text-slate-900",
};

/** The order's status as a coloured pill (the word carries the meaning, the colour only helps). */
export function OrderStatusPill({
  status,
  label,
}: {
  status: MedicineOrderDto["status"];
  label: string;
}) {
  return (
    <span className={`rounded-full px-3 py-1 text-sm font-semibold ${tone[status]}`}>{label}</span>
  );
}
