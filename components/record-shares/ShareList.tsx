import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { RecordShareDto } from "@/lib/record-shares/schemas";
import { bareName } from "@/components/doctors/doctor-name";
import { formatDateTimeIst, specialtyText } from "./format";
import { liveFirst } from "./share-draft";

const tone: Record<RecordShareDto["status"], string> = {
  live: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  expired: "bg-slate-100 text-slate-700 ring-slate-300",
  revoked: "bg-red-50 text-red-800 ring-red-200",
};

/**
 * My shares: each stated in plain words with its status and dates; a live one has a Revoke button,
 * a plain form post to `revokeAction` (works without JavaScript).
 */
export function ShareList({
  shares,
  revokeAction,
}: {
  shares: readonly RecordShareDto[];
  revokeAction: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations("recordShares");
  const locale = useLocale();
  const when = (iso: string) => formatDateTimeIst(iso, locale);
  return (
    <ul className="space-y-3">
      {liveFirst(shares).map((share) => {
        const doctor = t("doctorName", { name: bareName(share.doctor.name) });
        const specialty = specialtyText(share.doctor.specialty, locale);
        return (
          <Card as="li" key={share.id} className="space-y-2" aria-labelledby={`share-${share.id}`}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 id={`share-${share.id}`} className="font-semibold text-slate-900">
                {doctor}
                {specialty ? (
                  <span className="font-normal text-slate-600"> · {specialty}</span>
                ) : null}
              </h3>
              <span
                className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${tone[share.status]}`}
              >
                {t(`list.status.${share.status}`)}
              </span>
            </div>
            <p className="text-sm text-slate-800">
              {t("list.statement", {
                doctor,
                what:
                  share.records === null
                    ? t("list.statementAll")
                    : t("list.statementSelected", { count: share.records.length }),
                purpose: t(`purposeWords.${share.purpose}`),
                until: when(share.expiresAt),
              })}
            </p>
            {share.records && share.records.length > 0 ? (
              <ul className="list-disc pl-5 text-sm text-slate-700">
                {share.records.map((r) => (
                  <li key={r.id}>{r.title}</li>
                ))}
              </ul>
            ) : null}
            <p className="text-xs text-slate-600">
              {t("list.sharedOn", { date: when(share.createdAt) })}
              {share.status === "revoked" && share.revokedAt
                ? ` · ${t("list.revokedOn", { date: when(share.revokedAt) })}`
                : share.status === "expired"
                  ? ` · ${t("list.expiredOn", { date: when(share.expiresAt) })}`
                  : ""}
            </p>
            {share.status === "live" ? (
              <form action={revokeAction}>
                <input type="hidden" name="id" value={share.id} />
                <SubmitButton variant="secondary" pendingText={t("list.revoking")}>
                  <span aria-hidden="true">{t("list.revoke")}</span>
                  <span className="sr-only">{t("list.revokeLabel", { doctor })}</span>
                </SubmitButton>
              </form>
            ) : null}
          </Card>
        );
      })}
    </ul>
  );
}
