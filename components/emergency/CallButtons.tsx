import { CallLink } from "@/components/ui/CallLink";

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
      <CallLink number="108" size="lg" label={copy.call108Label} className="flex w-full">
        {copy.call108}
      </CallLink>
      <div className="mt-3 flex flex-wrap gap-3">
        <CallLink number="102" tone="secondary">
          {copy.call102}
        </CallLink>
        <CallLink number="112" tone="secondary">
          {copy.call112}
        </CallLink>
      </div>
      <p className="mt-2 text-sm text-red-900">{copy.callNote}</p>
    </div>
  );
}
