import { Download, FileText } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { IdActionForm } from "@/components/admin/IdActionForm";
import { fullDate } from "@/components/appointments/format";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/Card";
import type { FormAction } from "@/lib/actions/result";
import type { AppLocale } from "@/lib/i18n/config";
import type { PrescriptionDto } from "@/lib/prescriptions/schemas";

/** The Indian calendar day of an instant, YYYY-MM-DD. */
const dayOf = (iso: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Kolkata" }).format(new Date(iso));

/**
 * One issued prescription as the patient and the doctor read it: number, date, diagnosis, the
 * medicines with dosage, frequency, duration and instructions, tests, advice, follow-up, the PDF.
 * `numberOf` names the prescriptions a correction points at.
 */
export function PrescriptionCard({
  prescription: rx,
  numberOf,
  orderAction,
}: {
  prescription: PrescriptionDto;
  numberOf: (id: string) => string | undefined;
  /** The patient's "Order these medicines" (catalogue lines into the cart, then checkout). */
  orderAction?: FormAction;
}) {
  const t = useTranslations("Consultation.prescriptions");
  const to = useTranslations("Orders.fromPrescription");
  const orderable = !rx.replacedBy && rx.items.some((i) => i.medicineId !== null);
  const locale = useLocale() as AppLocale;
  const headingId = `rx-${rx.id}`;
  const corrected = rx.replaces ? numberOf(rx.replaces) : undefined;
  return (
    <Card as="article" aria-labelledby={headingId} className="space-y-3">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="flex items-center gap-2 font-semibold text-slate-900">
            <FileText aria-hidden="true" className="size-4 text-brand-700" />
            {t("number", { number: rx.number })}
          </h3>
          {rx.issuedAt ? (
            <p className="text-sm text-slate-600">
              {t("issuedOn", { date: fullDate(dayOf(rx.issuedAt), locale) })}
            </p>
          ) : null}
          {corrected ? (
            <p className="text-sm text-slate-700">{t("corrects", { number: corrected })}</p>
          ) : null}
          {rx.replacedBy ? (
            <p className="text-sm font-medium text-amber-800">{t("replaced")}</p>
          ) : null}
        </div>
        <a
          href={`/prescriptions/${rx.id}/pdf`}
          download
          aria-label={t("downloadLabel", { number: rx.number })}
          className={buttonClass("secondary")}
        >
          <Download aria-hidden="true" className="size-4" />
          {t("download")}
        </a>
      </header>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-medium text-slate-600">{t("diagnosis")}</dt>
          <dd className="text-slate-900">{rx.diagnosis}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">{t("medicines")}</dt>
          <dd>
            <ol className="list-decimal space-y-1 pl-5 text-slate-900">
              {rx.items.map((item) => (
                <li key={item.id}>
                  <span className="font-medium">{item.name}</span> · {item.dosage} ·{" "}
                  {t(`frequencies.${item.frequency}`)} · {item.duration}
                  {item.quantity > 1 ? ` · ${t("quantity", { count: item.quantity })}` : null}
                  {item.instructions ? (
                    <span className="block text-slate-700">{item.instructions}</span>
                  ) : null}
                </li>
              ))}
            </ol>
          </dd>
        </div>
        {rx.testsAdvised.length > 0 ? (
          <div>
            <dt className="font-medium text-slate-600">{t("tests")}</dt>
            <dd className="text-slate-900">{rx.testsAdvised.join(", ")}</dd>
          </div>
        ) : null}
        {rx.advice ? (
          <div>
            <dt className="font-medium text-slate-600">{t("advice")}</dt>
            <dd className="whitespace-pre-line text-slate-900">{rx.advice}</dd>
          </div>
        ) : null}
        {rx.followUpDate ? (
          <div>
            <dt className="font-medium text-slate-600">{t("followUp")}</dt>
            <dd className="text-slate-900">{fullDate(rx.followUpDate, locale)}</dd>
          </div>
        ) : null}
      </dl>
      {orderAction && orderable ? (
        <IdActionForm
          action={orderAction}
          id={rx.id}
          label={to("button")}
          accessibleLabel={to("label", { number: rx.number })}
          pendingText={to("pending")}
        />
      ) : null}
    </Card>
  );
}

/** The prescriptions of one appointment, or a line saying there is none yet. */
export function PrescriptionList({
  prescriptions,
  orderAction,
}: {
  prescriptions: PrescriptionDto[];
  orderAction?: FormAction;
}) {
  const t = useTranslations("Consultation.prescriptions");
  if (prescriptions.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const numbers = new Map(prescriptions.map((p) => [p.id, p.number]));
  return (
    <ul className="space-y-3">
      {prescriptions.map((rx) => (
        <li key={rx.id}>
          <PrescriptionCard
            prescription={rx}
            numberOf={(id) => numbers.get(id)}
            orderAction={orderAction}
          />
        </li>
      ))}
    </ul>
  );
}
