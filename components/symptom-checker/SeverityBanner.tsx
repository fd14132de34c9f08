import { CircleCheck, Hospital, Siren, Stethoscope } from "lucide-react";
import type { AssessmentDto } from "@/lib/symptom-checks/schemas";

type Severity = AssessmentDto["severity"];

// Colour AND words AND an icon: never colour alone. Dark text on a light tint keeps AA contrast.
const looks: Record<Severity, { box: string; Icon: typeof CircleCheck }> = {
  self_care: { box: "border-emerald-600 bg-emerald-50 text-emerald-950", Icon: CircleCheck },
  see_doctor: { box: "border-amber-500 bg-amber-50 text-amber-950", Icon: Stethoscope },
  urgent: { box: "border-orange-600 bg-orange-50 text-orange-950", Icon: Hospital },
  emergency: { box: "border-red-700 bg-red-50 text-red-950", Icon: Siren },
};

/** The result's severity: a coloured band with an icon and the severity in words. */
export function SeverityBanner({
  severity,
  label,
  text,
}: {
  severity: Severity;
  /** "How urgent it is" (read before the words by screen readers). */
  label: string;
  text: string;
}) {
  const { box, Icon } = looks[severity];
  return (
    <div
      data-severity={severity}
      className={`flex items-center gap-3 rounded-xl border-2 p-4 ${box}`}
    >
      <Icon aria-hidden="true" className="size-8 shrink-0" />
      <p>
        <span className="block text-xs font-semibold tracking-wide uppercase">{label}</span>
        <span className="text-lg font-bold">{text}</span>
      </p>
    </div>
  );
}

/** A small severity pill for lists (history). */
export function SeverityPill({ severity, text }: { severity: Severity; text: string }) {
  const { box, Icon } = looks[severity];
  return (
    <span
      data-severity={severity}
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-semibold ${box}`}
    >
      <Icon aria-hidden="true" className="size-3.5" />
      {text}
    </span>
  );
}
