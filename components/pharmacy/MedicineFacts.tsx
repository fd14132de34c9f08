import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/Card";
import type { MedicineDetailDto } from "@/lib/pharmacy/schemas";
import { useShelfName } from "./shelf-name";

/** Composition, pack and maker, the schedule in words, and the leaflet of one medicine. */
export function MedicineFacts({ medicine }: { medicine: MedicineDetailDto }) {
  const t = useTranslations("Pharmacy.medicine");
  const shelfName = useShelfName();
  const facts: [string, string | null][] = [
    [t("composition"), medicine.genericName],
    [t("strength"), medicine.strength],
    [t("form"), t(`forms.${medicine.form}`)],
    [t("pack"), medicine.packSize],
    [t("manufacturer"), medicine.manufacturer],
    [t("category"), medicine.category && shelfName(medicine.category)],
  ];
  const leaflet: [string, string | null][] = [
    [t("about"), medicine.description],
    [t("usage"), medicine.usageInstructions],
    [t("sideEffects"), medicine.sideEffects],
  ];
  return (
    <>
      <Card as="section" aria-labelledby="medicine-facts">
        <h2 id="medicine-facts" className="font-semibold text-slate-900">
          {t("factsTitle")}
        </h2>
        <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          {facts
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
        </dl>
        <p className="mt-3 rounded-lg bg-slate-50 p-3 text-sm text-slate-800">
          <span className="font-semibold">{t(`schedules.${medicine.schedule}.name`)}</span>
          {" — "}
          {t(`schedules.${medicine.schedule}.words`)}
        </p>
      </Card>
      {leaflet
        .filter(([, text]) => text)
        .map(([title, text]) => (
          <Card as="section" key={title}>
            <h2 className="font-semibold text-slate-900">{title}</h2>
            <p className="mt-1 text-sm text-slate-700">{text}</p>
          </Card>
        ))}
    </>
  );
}
