import Link from "next/link";
import { FolderLock } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/Card";
import type { HealthRecordDto } from "@/lib/health-records/schemas";
import type { PatientPanel as Panel } from "@/lib/prescriptions/panel";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/** What the doctor knows of the patient: facts, allergies, conditions, medicines, reason, check. */
export function PatientPanel({ panel }: { panel: Panel }) {
  const t = useTranslations("Consultation.panel");
  const list = (items: string[]) => (items.length > 0 ? items.join(", ") : t("none"));
  const medications = panel.medications.map((m) =>
    [m.name, m.dosage, m.frequency].filter(Boolean).join(" "),
  );
  return (
    <Card as="section" aria-labelledby="panel-heading" className="space-y-3">
      <h2 id="panel-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}: {panel.patient.name}
      </h2>
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <Row label={t("age")}>
          {panel.age !== null ? t("ageValue", { age: panel.age }) : t("unknown")}
        </Row>
        <Row label={t("sex")}>{panel.sex ? t(`sexes.${panel.sex}`) : t("unknown")}</Row>
        <Row label={t("bloodGroup")}>
          {panel.bloodGroup && panel.bloodGroup !== "unknown" ? panel.bloodGroup : t("unknown")}
        </Row>
      </dl>
      <dl className="space-y-3 text-sm">
        <Row label={t("allergies")}>
          <span className={panel.allergies.length > 0 ? "font-semibold text-red-800" : undefined}>
            {list(panel.allergies)}
          </span>
        </Row>
        <Row label={t("conditions")}>{list(panel.conditions)}</Row>
        <Row label={t("medications")}>{list(medications)}</Row>
        <Row label={t("reason")}>
          {panel.chiefComplaint || panel.symptoms ? (
            <>
              {panel.chiefComplaint ? <span className="block">{panel.chiefComplaint}</span> : null}
              {panel.symptoms ? (
                <span className="block whitespace-pre-line text-slate-700">{panel.symptoms}</span>
              ) : null}
            </>
          ) : (
            t("noReason")
          )}
        </Row>
        {panel.symptomCheck ? (
          <Row label={t("symptomCheck")}>
            {panel.symptomCheck.severity ? (
              <span className="block font-medium">
                {t("severity")}: {t(`severities.${panel.symptomCheck.severity}`)}
              </span>
            ) : null}
            {panel.symptomCheck.summary}
          </Row>
        ) : null}
      </dl>
      <p className="text-xs text-slate-600">{t("audited")}</p>
    </Card>
  );
}

/** The titles of the records the patient shares with me now, each opening the records page. */
export function SharedRecordList({
  appointmentId,
  records,
}: {
  appointmentId: string;
  records: HealthRecordDto[];
}) {
  const t = useTranslations("Consultation.shared");
  const href = `/doctor/appointments/${appointmentId}/records`;
  return (
    <Card as="section" aria-labelledby="shared-heading" className="space-y-3">
      <h2 id="shared-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      {records.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {records.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/records/${r.id}`}
                  prefetch={false}
                  className="text-brand-800 underline"
                >
                  {r.title}
                </Link>
              </li>
            ))}
          </ul>
          <Link href={href} prefetch={false} className={buttonClass("secondary")}>
            <FolderLock aria-hidden="true" className="size-4" />
            {t("all")}
          </Link>
        </>
      )}
    </Card>
  );
}
