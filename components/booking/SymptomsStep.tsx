import { Field } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { MAX_COMPLAINT, MAX_SYMPTOMS, type BookingLabels } from "./booking-types";

/** The last step's reason for the visit and symptoms, each with a "characters left" count (live with JavaScript). */
export function SymptomsStep({
  complaint,
  onComplaint,
  symptoms,
  onSymptoms,
  errors,
  labels,
}: {
  complaint: string;
  onComplaint: (value: string) => void;
  symptoms: string;
  onSymptoms: (value: string) => void;
  errors: Record<string, string>;
  labels: BookingLabels;
}) {
  return (
    <div className="space-y-4">
      <CountedText
        id="chiefComplaint"
        label={labels.chiefComplaint}
        hint={labels.chiefComplaintHint}
        value={complaint}
        onChange={onComplaint}
        error={errors.chiefComplaint}
        left={labels.charsLeft}
        rows={2}
        max={MAX_COMPLAINT}
      />
      <CountedText
        id="symptoms"
        label={labels.symptoms}
        hint={labels.symptomsHint}
        value={symptoms}
        onChange={onSymptoms}
        error={errors.symptoms}
        left={labels.charsLeft}
        rows={4}
        max={MAX_SYMPTOMS}
      />
    </div>
  );
}

/** A labelled textarea (posted under its id) that counts down the characters it has left. */
function CountedText({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  left,
  rows,
  max,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  left: string;
  rows: number;
  max: number;
}) {
  const over = value.length > max;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <Textarea
            {...control}
            name={id}
            rows={rows}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={control["aria-invalid"] ?? (over ? true : undefined)}
            aria-describedby={[control["aria-describedby"], `${id}-count`]
              .filter(Boolean)
              .join(" ")}
          />
          <p
            id={`${id}-count`}
            className={`mt-1 text-xs ${over ? "font-semibold text-red-700" : "text-slate-500"}`}
          >
            {left.replace("#", String(max - value.length))}
          </p>
        </>
      )}
    </Field>
  );
}
