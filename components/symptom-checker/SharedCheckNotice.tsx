import { ClipboardList } from "lucide-react";

/** On the booking page: the symptom check that goes to the doctor with this booking. */
export function SharedCheckNotice({ title, text }: { title: string; text: string }) {
  return (
    <section
      aria-labelledby="shared-check-title"
      className="mb-4 rounded-xl border border-brand-200 bg-brand-50 p-4 text-slate-800"
    >
      <h2
        id="shared-check-title"
        className="flex items-center gap-2 text-base font-semibold text-slate-900"
      >
        <ClipboardList aria-hidden="true" className="size-5 text-brand-700" />
        {title}
      </h2>
      <p className="mt-1 text-sm">{text}</p>
    </section>
  );
}
