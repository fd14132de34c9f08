import { Suspense } from "react";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { EmergencyStrip } from "@/components/home/EmergencyStrip";
import { FeaturedDoctors } from "@/components/home/FeaturedDoctors";
import { Hero } from "@/components/home/Hero";
import { LatestArticles } from "@/components/home/LatestArticles";
import { Section } from "@/components/home/Section";
import { ServiceTiles } from "@/components/home/ServiceTiles";
import { SpecialtyTiles } from "@/components/home/SpecialtyTiles";
import { SkeletonGrid } from "@/components/ui/Skeletons";
import { listLatestArticles } from "@/lib/articles/queries";
import { countVerifiedDoctorsBySpecialty, listDoctors } from "@/lib/doctors/queries";
import { doctorListQuerySchema } from "@/lib/doctors/schemas";

// Public, identical for everyone, slow to change: cached for a minute (tags for explicit revalidation).
const featuredDoctors = unstable_cache(
  async () => (await listDoctors(doctorListQuerySchema.parse({ sort: "rating", pageSize: "6" }))).data,
  ["home-featured-doctors"],
  { revalidate: 60, tags: ["doctors"] },
);
const specialtyCounts = unstable_cache(() => countVerifiedDoctorsBySpecialty(), ["home-specialty-counts"], { revalidate: 60, tags: ["doctors"] });
const latestArticles = unstable_cache((locale: "en" | "hi") => listLatestArticles({ locale, limit: 4 }), ["home-latest-articles"], {
  revalidate: 60,
  tags: ["articles"],
});

async function SpecialtyTilesWithCounts({ counts }: { counts: Promise<Awaited<ReturnType<typeof specialtyCounts>> | null> }) {
  return <SpecialtyTiles counts={await counts} />;
}

/** Landing page (M1). Renders per request (never at build: the database may not exist then). */
export default async function HomePage() {
  await connection();
  const [t, tStates, locale] = await Promise.all([getTranslations("Home"), getTranslations("States"), getLocale()]);
  // Start every query now; sections await their own promise inside Suspense, so the hero streams first.
  const doctors = featuredDoctors();
  const articles = latestArticles(locale);
  const counts = specialtyCounts().catch(() => null);
  // Mark as handled now; each section still sees (and renders) its own failure when it awaits.
  doctors.catch(() => {});
  articles.catch(() => {});

  return (
    <>
      <Hero />
      <EmergencyStrip />
      <Section id="specialties-title" title={t("specialties.title")} viewAll={{ href: "/doctors", label: t("specialties.viewAll") }}>
        <Suspense fallback={<SpecialtyTiles counts={null} />}>
          <SpecialtyTilesWithCounts counts={counts} />
        </Suspense>
      </Section>
      <Section id="featured-title" title={t("featured.title")} subtitle={t("featured.subtitle")} viewAll={{ href: "/doctors?sort=rating", label: t("featured.viewAll") }}>
        <Suspense fallback={<SkeletonGrid count={3} label={tStates("loading")} />}>
          <FeaturedDoctors doctors={doctors} />
        </Suspense>
      </Section>
      <Section id="services-title" title={t("services.title")}>
        <ServiceTiles />
      </Section>
      <Section id="articles-title" title={t("articles.title")} subtitle={t("articles.subtitle")} viewAll={{ href: "/articles", label: t("articles.viewAll") }}>
        <Suspense fallback={<SkeletonGrid count={4} label={tStates("loading")} gridClassName="sm:grid-cols-2 lg:grid-cols-4" />}>
          <LatestArticles articles={articles} />
        </Suspense>
      </Section>
    </>
  );
}
