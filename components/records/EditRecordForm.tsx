"use client";

import Link from "next/link";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { HealthRecordDto } from "@/lib/health-records/schemas";
import type { Copy } from "@/lib/i18n/read-copy";
import { RecordFields } from "./RecordFields";

/** Edits a record's metadata (the file stays); errors beside their fields, typing kept. */
export function EditRecordForm({
  record,
  action,
  today,
  copy,
}: {
  record: HealthRecordDto;
  /** updateHealthRecordAction bound to the record's id. */
  action: FormAction;
  today: string;
  /** copyOf("records") */
  copy: Copy<"records">;
}) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <form {...formProps} noValidate className="space-y-4">
      <FormAlert state={state} focusOnMount />
      <RecordFields
        values={state?.values ?? record}
        errors={state?.fieldErrors ?? {}}
        today={today}
        copy={copy}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingText={copy.detail.saving}>
          {copy.detail.save}
        </SubmitButton>
        <Link href={`/records/${record.id}`} className={buttonClass("secondary")}>
          {copy.detail.cancel}
        </Link>
      </div>
    </form>
  );
}
