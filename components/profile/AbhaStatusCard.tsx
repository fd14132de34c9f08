import { BadgeCheck } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";
import { flatCardClass } from "@/components/ui/Card";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { AbhaDto } from "@/lib/abha/schemas";

/** The current ABHA link: number, address, when linked, verified by ABDM or not, and unlink. */
export async function AbhaStatusCard({
  abha,
  justUnlinked,
  unlinkAction,
}: {
  abha: AbhaDto;
  justUnlinked: boolean;
  unlinkAction: () => Promise<void>;
}) {
  const [t, format] = await Promise.all([getTranslations("abha"), getFormatter()]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <section aria-labelledby="abha-status" className={flatCardClass}>
      <h2 id="abha-status" className="text-lg font-semibold text-slate-900">
        {t("status.title")}
      </h2>
      {justUnlinked && !abha.linked ? (
        <Alert tone="success" className="mt-2">
          {t("status.unlinked")}
        </Alert>
      ) : null}
      {abha.linked ? (
        <>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-slate-600">{t("status.number")}</dt>
              <dd className="font-mono text-lg font-semibold tracking-wide text-slate-900">
                {abha.abhaNumber ?? "—"}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">{t("status.address")}</dt>
              <dd className="text-lg font-semibold break-all text-slate-900">
                {abha.abhaAddress ?? "—"}
              </dd>
            </div>
          </dl>
          {abha.linkedAt ? (
            <p className="mt-2 text-sm text-slate-600">
              {t("status.linkedOn", { date: date(abha.linkedAt) })}
            </p>
          ) : null}
          {abha.verified && abha.verifiedAt ? (
            <p className="mt-2 flex items-center gap-2 font-semibold text-emerald-800">
              <BadgeCheck aria-hidden="true" className="size-4" />
              {t("status.verifiedOn", { date: date(abha.verifiedAt) })}
            </p>
          ) : (
            <div className="mt-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
              <p className="font-semibold">{t("status.unverified")}</p>
              <p>{t("status.unverifiedText")}</p>
            </div>
          )}
          <form action={unlinkAction} className="mt-4">
            <SubmitButton variant="secondary" pendingText={t("status.unlinking")}>
              {t("status.unlink")}
            </SubmitButton>
          </form>
        </>
      ) : (
        <p className="mt-2 text-slate-700">{t("status.notLinked")}</p>
      )}
    </section>
  );
}
