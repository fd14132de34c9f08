import { Field, SelectField, TextField } from "@/components/ui/Field";
import { Textarea } from "@/components/ui/Input";
import { recordTypeSchema } from "@/lib/health-records/schemas";
import type { Copy } from "@/lib/i18n/read-copy";

export interface RecordFieldValues {
  title?: string;
  recordType?: string;
  documentDate?: string | null;
  description?: string | null;
  doctorName?: string | null;
  hospitalName?: string | null;
}

/**
 * The metadata fields of a record, shared by the upload and the edit form, each with its error
 * beside it. Uncontrolled: `values` are the starting values.
 */
export function RecordFields({
  values,
  errors,
  today,
  copy,
}: {
  values: RecordFieldValues;
  errors: Record<string, string>;
  today: string;
  /** copyOf("records") */
  copy: Copy<"records">;
}) {
  const t = copy.upload;
  const optional = (label: string) => `${label} (${t.optional})`;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        id="record-title"
        name="title"
        label={t.titleLabel}
        hint={t.titleHint}
        defaultValue={values.title ?? ""}
        required
        maxLength={200}
        error={errors.title}
        className="sm:col-span-2"
      />
      <SelectField
        id="record-type"
        name="recordType"
        label={t.type}
        defaultValue={values.recordType ?? ""}
        required
        error={errors.recordType}
        options={[
          { value: "", label: t.chooseType },
          ...recordTypeSchema.options.map((type) => ({ value: type, label: copy.types[type] })),
        ]}
      />
      <TextField
        id="record-date"
        name="documentDate"
        type="date"
        label={optional(t.documentDate)}
        defaultValue={values.documentDate ?? ""}
        max={today}
        min="1900-01-01"
        error={errors.documentDate}
      />
      <TextField
        id="record-doctor"
        name="doctorName"
        label={optional(t.doctorName)}
        defaultValue={values.doctorName ?? ""}
        maxLength={200}
        error={errors.doctorName}
      />
      <TextField
        id="record-hospital"
        name="hospitalName"
        label={optional(t.hospitalName)}
        defaultValue={values.hospitalName ?? ""}
        maxLength={200}
        error={errors.hospitalName}
      />
      <Field
        id="record-description"
        label={optional(t.description)}
        error={errors.description}
        className="sm:col-span-2"
      >
        {(control) => (
          <Textarea
            name="description"
            rows={3}
            maxLength={2000}
            defaultValue={values.description ?? ""}
            {...control}
          />
        )}
      </Field>
    </div>
  );
}
