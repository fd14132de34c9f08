import type { Metadata } from "next";
import { unstable_cache } from "next/cache";
import { getTranslations } from "next-intl/server";
import { DoctorFilters } from "@/components/doctors/DoctorFilters";
import { DoctorResults } from "@/components/doctors/DoctorResults";
import { SpecialtyPills } from "@/components/doctors/SpecialtyPills";
import { SymptomShortcuts } from "@/components/doctors/SymptomShortcuts";
import {
  hasFilters,
  parseDoctorSearch,
  type RawSearchParams,
} from "@/components/doctors/search-params";
import { PageHeader } from "@/components/ui/PageHeader";
import { PageContainer } from "@/components/ui/PageContainer";
import { listDoctors } from "@/lib/doctors/queries";
import { listDoctorCities } from "@/lib/home/queries";
import { logger } from "@/lib/log/logger";
import { isUuid } from "@/lib/validation/ids";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Doctors");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

// City suggestions change only when clinics are added: cache them for an hour (tag "doctors").
const cachedCities = unstable_cache(() => listDoctorCities(), ["doctor-cities"], {
  revalidate: 3600,
  tags: ["doctors"],
});

async function citySuggestions(): Promise<string[]> {
  try {
    return await cachedCities();
  } catch {
    return []; // suggestions are optional; the list below reports real failures
  }
}

/**
 * Find a doctor (#4): public; every filter lives in the URL, the form is a plain GET form.
 * All data is awaited here, in parallel, and the components below are synchronous, so the page
 * renders in one pass.
 */
export default async function DoctorsPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const { query, invalid } = parseDoctorSearch(raw);
  const check = typeof raw.check === "string" && isUuid(raw.check) ? raw.check : undefined;
  const [t, cities, result] = await Promise.all([
    getTranslations("Doctors"),
    citySuggestions(),
    listDoctors(query).catch((error: unknown) => {
      logger.error({ err: error }, "doctor list failed");
      return null;
    }),
  ]);

  return (
    <PageContainer>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)] lg:items-start">
        <div>
          <DoctorFilters query={query} invalid={invalid} cities={cities} check={check} />
        </div>
        <section className="min-w-0 space-y-4">
          <SpecialtyPills query={query} check={check} />
          {!hasFilters(query) ? <SymptomShortcuts query={query} /> : null}
          <DoctorResults query={query} result={result} check={check} />
        </section>
      </div>
    </PageContainer>
  );
}
