import Link from "next/link";
import { BadgeCheck, CircleAlert, Clock } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/SubmitButton";
import { buttonClass } from "@/components/ui/button-styles";
import type { DoctorProfileDto } from "@/lib/doctors/schemas";

/** D1: where the application stands, and what the applicant can do next. */
export async function ApplicationStatus({
  profile,
  complete,
  resubmitAction,
}: {
  profile: DoctorProfileDto;
  /** A registration certificate is uploaded. */
  complete: boolean;
  resubmitAction: () => Promise<void>;
}) {
  const [t, format] = await Promise.all([getTranslations("DoctorHome.onboarding"), getFormatter()]);
  const status = profile.verificationStatus;
  const Icon = status === "verified" ? BadgeCheck : status === "rejected" ? CircleAlert : Clock;
  const look =
    status === "verified"
      ? "border-emerald-200 bg-emerald-50"
      : status === "rejected"
        ? "border-red-200 bg-red-50"
        : "border-amber-200 bg-amber-50";
  return (
    <section aria-labelledby="status-heading" className={`space-y-3 rounded-xl border p-4 ${look}`}>
      <h2 id="status-heading" className="text-sm font-semibold text-slate-700 uppercase">
        {t("statusHeading")}
      </h2>
      <p className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        <Icon aria-hidden="true" className="size-5" />
        {t(status)}
      </p>
      {status === "pending" ? (
        <p className="text-sm text-slate-800">
          {t("pendingText", {
            date: format.dateTime(new Date(profile.submittedAt), { dateStyle: "long" }),
          })}
        </p>
      ) : null}
      {status === "rejected" ? (
        <>
          <p className="text-sm text-slate-800">{t("rejectedText")}</p>
          <blockquote className="border-l-4 border-red-300 pl-3 text-sm text-slate-900">
            {profile.rejectionReason}
          </blockquote>
          <p className="text-sm text-slate-800">{t("rejectedHint")}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/doctor/profile" className={buttonClass("secondary")}>
              {t("correctProfile")}
            </Link>
            <form action={resubmitAction}>
              <SubmitButton pendingText={t("resubmit")}>{t("resubmit")}</SubmitButton>
            </form>
          </div>
        </>
      ) : null}
      {status === "verified" ? (
        <>
          <p className="text-sm text-slate-800">{t("verifiedText")}</p>
          <Link href="/doctor" className={buttonClass("primary")}>
            {t("goToDashboard")}
          </Link>
        </>
      ) : null}
      {status !== "verified" ? (
        <p className="text-sm font-medium text-slate-900">
          {complete ? t("complete") : t("incomplete")}
        </p>
      ) : null}
    </section>
  );
}
