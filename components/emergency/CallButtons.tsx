import { Phone } from "lucide-react";

/** The numbers to call before anything else: a big red 108 link, then 102 and 112. */
export function CallButtons({
  copy,
}: {
  copy: {
    call108: string;
    call108Label: string;
    call102: string;
    call112: string;
    callNote: string;
  };
}) {
  return (
    <div className="rounded-xl border border-red-300 bg-red-50 p-4">
      <a
        href="tel:108"
        aria-label={copy.call108Label}
        className="flex min-h-14 w-full items-center justify-center gap-3 rounded-lg bg-red-700 px-4 py-3 text-xl font-bold text-white hover:bg-red-800 focus-visible:outline-offset-4"
      >
        <Phone aria-hidden="true" className="size-6" />
        {copy.call108}
      </a>
      <div className="mt-3 flex flex-wrap gap-3">
        <a
          href="tel:102"
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-100"
        >
          <Phone aria-hidden="true" className="size-4" />
          {copy.call102}
        </a>
        <a
          href="tel:112"
          className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-100"
        >
          <Phone aria-hidden="true" className="size-4" />
          {copy.call112}
        </a>
      </div>
      <p className="mt-2 text-sm text-red-900">{copy.callNote}</p>
    </div>
  );
}
