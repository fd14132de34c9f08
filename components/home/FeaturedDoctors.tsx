import { useTranslations } from "next-intl";
import { DoctorCard } from "@/components/doctors/DoctorCard";
import type { DoctorSummaryDto } from "@/lib/doctors/schemas";
import { SectionEmpty, SectionError } from "./Section";

/** Top-rated verified doctors (null: they could not be loaded); a scroll row on phones, a grid from sm up. */
export function FeaturedDoctors({ doctors }: { doctors: DoctorSummaryDto[] | null }) {
  const t = useTranslations("Home");
  if (doctors === null) return <SectionError />;
  if (doctors.length === 0) return <SectionEmpty>{t("featured.empty")}</SectionEmpty>;
  return (
    <ul className="scrollbar-none -mx-4 flex snap-x snap-mandatory gap-3 overflow-x-auto px-4 pb-2 sm:mx-0 sm:grid sm:grid-cols-2 sm:gap-4 sm:overflow-visible sm:px-0 lg:grid-cols-3">
      {doctors.map((doctor) => (
        <li
          key={doctor.id}
          className="flex w-[85%] shrink-0 snap-start sm:w-auto [&>article]:w-full"
        >
          <DoctorCard doctor={doctor} />
        </li>
      ))}
    </ul>
  );
}
