import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/result";
import type { AppointmentDto } from "@/lib/appointments/schemas";
import { copyOf } from "@/lib/i18n/copy";
import { catalogueChoices } from "@/lib/pharmacy/queries";
import { issueWindow } from "@/lib/prescriptions/policy";
import type { PrescriptionDto } from "@/lib/prescriptions/schemas";
import { todayInIndia } from "@/lib/validation/fields";
import { correctable, editorDefaults } from "./editor-defaults";
import { PrescriptionEditor } from "./PrescriptionEditor";

/**
 * The editor part of the consultation page: "write prescription" while none was issued, else a
 * folded "issue a correction" of the newest one; before the visit started, or once it is closed,
 * a line that says so.
 */
export async function ConsultationEditor({
  appointment,
  prescriptions,
  action,
}: {
  appointment: AppointmentDto;
  prescriptions: PrescriptionDto[];
  action: FormAction;
}) {
  const t = await getTranslations("Consultation.editor");
  const now = new Date();
  const window = issueWindow(
    { status: appointment.status, startsAt: new Date(appointment.startsAt) },
    now,
  );
  const headingId = "editor-heading";
  if (window !== "open") {
    return (
      <Card as="section" aria-labelledby={headingId}>
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {t("heading")}
        </h2>
        <p className="mt-2 text-sm text-slate-700">
          {window === "notYet" ? t("notYet") : t("closed")}
        </p>
      </Card>
    );
  }
  const [copy, catalogue] = await Promise.all([copyOf("Consultation"), catalogueChoices()]);
  const today = todayInIndia(now);
  const replaced = correctable(prescriptions);
  const editor = (
    <PrescriptionEditor
      appointmentId={appointment.id}
      action={action}
      copy={copy}
      defaults={editorDefaults(appointment, replaced, today)}
      replaces={replaced ? { id: replaced.id, number: replaced.number } : null}
      catalogue={catalogue}
      today={today}
    />
  );
  if (!replaced) {
    return (
      <Card as="section" aria-labelledby={headingId} className="space-y-3">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {t("heading")}
        </h2>
        {editor}
      </Card>
    );
  }
  return (
    <Card as="section" aria-label={t("correction")}>
      <details>
        <summary className="cursor-pointer text-lg font-semibold text-slate-900">
          {t("correction")}
        </summary>
        <div className="mt-3">{editor}</div>
      </details>
    </Card>
  );
}
