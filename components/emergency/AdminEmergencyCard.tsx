import { getTranslations } from "next-intl/server";
import type { FormAction } from "@/lib/actions/result";
import type { AdminEmergencyDto } from "@/lib/emergency/schemas";
import { StatusActionForm } from "./StatusActionForm";
import { formatPhone } from "@/lib/i18n/format";

const pill: Record<string, string> = {
  pending: "bg-red-100 text-red-900",
  acknowledged: "bg-amber-100 text-amber-950",
  ambulance_dispatched: "bg-blue-100 text-blue-900",
  help_arrived: "bg-green-100 text-green-900",
  completed: "bg-slate-100 text-slate-900",
  cancelled: "bg-slate-100 text-slate-900",
};

/** One request on the admin dashboard, with the moves it may make next. */
export async function AdminEmergencyCard({
  emergency: e,
  action,
  now,
}: {
  emergency: AdminEmergencyDto;
  action: FormAction;
  now: number;
}) {
  const [t, ts, te] = await Promise.all([
    getTranslations("AdminEmergencies"),
    getTranslations("Emergency.status"),
    getTranslations("Emergency"),
  ]);
  const minutes = Math.max(0, Math.floor((now - Date.parse(e.createdAt)) / 60_000));
  const dt = "text-sm font-medium text-slate-600";
  return (
    <article
      aria-labelledby={`er-${e.id}`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 id={`er-${e.id}`} className="text-lg font-semibold text-slate-900">
            {e.requestNumber} · {te(`types.${e.type}`)}
          </h2>
          <p className="text-sm text-slate-700">
            {t("requestedAgo", { ago: t("minutesAgo", { minutes }) })} ·{" "}
            {e.signedIn ? t("signedIn") : t("guest")}
          </p>
        </div>
        <p className={`rounded-full px-3 py-1 text-sm font-semibold ${pill[e.status] ?? ""}`}>
          {ts(`statuses.${e.status}`)}
        </p>
      </div>
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        <div>
          <dt className={dt}>{t("patient")}</dt>
          <dd className="text-slate-900">
            {e.patient.name}
            {e.patient.age !== null ? `, ${t("age", { age: e.patient.age })}` : ""}
          </dd>
        </div>
        <div>
          <dt className={dt}>{t("contact")}</dt>
          <dd>
            <a
              href={`tel:${e.contactPhone}`}
              className="font-semibold text-brand-800 hover:underline"
            >
              {formatPhone(e.contactPhone)}
            </a>
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={dt}>{t("symptoms")}</dt>
          <dd className="whitespace-pre-line text-slate-900">{e.symptoms}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={dt}>{t("location")}</dt>
          <dd className="text-slate-900">
            {e.address ?? (e.latitude === null ? t("noLocation") : "")}
            {e.latitude !== null && e.longitude !== null ? (
              <span className="block text-sm text-slate-700">
                {t("coordinates")}: {e.latitude.toFixed(5)}, {e.longitude.toFixed(5)}
              </span>
            ) : null}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={dt}>{t("alerted")}</dt>
          <dd className="text-slate-900">
            {e.alertedFacilities.length === 0
              ? t("alertedNone")
              : e.alertedFacilities
                  .map(
                    (f) =>
                      `${f.name}${f.distanceKm !== null ? ` (${ts("distance", { km: f.distanceKm })})` : ""}`,
                  )
                  .join("; ")}
          </dd>
        </div>
      </dl>
      {e.nextStatuses.length > 0 ? (
        <div className="mt-4 flex flex-wrap items-end gap-3 border-t border-slate-200 pt-3">
          {e.nextStatuses.map((next) => {
            const label = t(`actions.${next}` as "actions.acknowledged");
            return (
              <StatusActionForm
                key={next}
                action={action}
                id={e.id}
                status={next}
                label={label}
                accessibleLabel={t("actionLabel", { action: label, number: e.requestNumber })}
                pendingText={t("saving")}
                etaLabel={next === "ambulance_dispatched" ? t("eta") : undefined}
                variant={
                  next === "cancelled"
                    ? "danger"
                    : next === "acknowledged"
                      ? "primary"
                      : "secondary"
                }
              />
            );
          })}
        </div>
      ) : null}
    </article>
  );
}
