import { Phone } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { EmergencyRequestDto } from "@/lib/emergency/schemas";
import { formatPhone } from "@/lib/i18n/format";

/** Which hospitals this request alerted, nearest first, each with a Call link. */
export async function AlertedList({ request }: { request: EmergencyRequestDto }) {
  const t = await getTranslations("Emergency.status");
  const list = request.alertedFacilities;
  return (
    <section aria-labelledby="alerted-title">
      <h2 id="alerted-title" className="text-lg font-semibold text-slate-900">
        {t("alerted")}
      </h2>
      {list.length === 0 ? (
        <p className="mt-2 text-slate-800">
          {request.locatedBy === "none" ? t("alertedNoLocation") : t("alertedNone")}
        </p>
      ) : (
        <ul className="mt-3 space-y-3">
          {list.map((f) => (
            <li
              key={f.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-4"
            >
              <div>
                <p className="font-semibold text-slate-900">{f.name}</p>
                <p className="text-sm text-slate-700">
                  {f.distanceKm !== null ? `${t("distance", { km: f.distanceKm })} · ` : ""}
                  {t(`responses.${f.response}`)}
                </p>
              </div>
              {f.phone ? (
                <a
                  href={`tel:${f.phone}`}
                  className="inline-flex min-h-11 items-center gap-2 rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
                >
                  <Phone aria-hidden="true" className="size-4" />
                  <span className="sr-only">{t("call", { name: f.name })}: </span>
                  {formatPhone(f.phone)}
                </a>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
