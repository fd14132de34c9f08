import { Building2, Video } from "lucide-react";
import { useTranslations } from "next-intl";
import type { DoctorDetailDto } from "@/lib/doctors/schemas";
import { formatInr } from "@/lib/i18n/format";

/** Two price tiles: video consultation and clinic visit (a mode that cannot be booked says so). */
export function FeeTiles({ doctor }: { doctor: DoctorDetailDto }) {
  const t = useTranslations("DoctorProfile.fees");
  const tiles = [
    {
      key: "online",
      icon: <Video aria-hidden="true" className="size-5" />,
      title: t("video"),
      offered: doctor.bookableModes.includes("online"),
      fee: doctor.feeOnline,
    },
    {
      key: "offline",
      icon: <Building2 aria-hidden="true" className="size-5" />,
      title: t("clinic"),
      offered: doctor.bookableModes.includes("offline"),
      fee: doctor.feeOffline,
    },
  ];
  return (
    <section aria-label={t("label")}>
      <ul className="grid grid-cols-2 gap-3">
        {tiles.map((tile) => (
          <li
            key={tile.key}
            className={`rounded-xl border p-4 ${tile.offered ? "border-brand-200 bg-brand-50" : "border-slate-200 bg-slate-50"}`}
          >
            <p
              className={`flex items-center gap-2 text-sm font-semibold ${tile.offered ? "text-brand-900" : "text-slate-500"}`}
            >
              {tile.icon}
              {tile.title}
            </p>
            <p className="mt-1 text-xl font-bold text-slate-900">
              {tile.offered && tile.fee !== null ? (
                formatInr(tile.fee)
              ) : (
                <span className="text-base font-medium text-slate-500">{t("notOffered")}</span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
