"use client";

import Link from "next/link";
import { Trash2 } from "lucide-react";
import { FormAlert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

/**
 * The confirm step of deleting a record: reached by a plain link (`?confirm=delete`), so it works
 * without JavaScript; the post goes to the bound server action, which returns to the list.
 */
export function DeleteRecordForm({
  recordId,
  action,
  copy,
}: {
  recordId: string;
  /** deleteHealthRecordAction bound to the record's id. */
  action: FormAction;
  /** copyOf("records").detail */
  copy: Copy<"records">["detail"];
}) {
  const { state, pending, formProps } = useActionForm(action);
  return (
    <section
      aria-labelledby="delete-record-title"
      className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-4"
    >
      <h2 id="delete-record-title" className="text-lg font-semibold text-red-900">
        {copy.deleteTitle}
      </h2>
      <p className="text-sm text-red-950">{copy.deleteText}</p>
      <form {...formProps} className="space-y-3">
        <FormAlert state={state} focusOnMount />
        <div className="flex flex-wrap gap-3">
          <SubmitButton variant="danger" pending={pending} pendingText={copy.deleting}>
            <Trash2 aria-hidden="true" className="size-4" />
            {copy.deleteConfirm}
          </SubmitButton>
          <Link href={`/records/${recordId}`} className={buttonClass("secondary")}>
            {copy.keep}
          </Link>
        </div>
      </form>
    </section>
  );
}
