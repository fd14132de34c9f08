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
import { listLatestArticles } from "@/lib/articles/queries";
import { countVerifiedDoctorsBySpecialty, listDoctors } from "@/lib/doctors/queries";
import { doctorListQuerySchema } from "@/lib/doctors/schemas";
import { logger } from "@/lib/log/logger";

// Public, identical for everyone, slow to change: cached for a minute (tags for explicit revalidation).
const featuredDoctors = unstable_cache(
  async () =>
    (await listDoctors(doctorListQuerySchema.parse({ sort: "rating", pageSize: "6" }))).data,
  ["home-featured-doctors"],
  { revalidate: 60, tags: ["doctors"] },
);
const specialtyCounts = unstable_cache(
  () => countVerifiedDoctorsBySpecialty(),
  ["home-specialty-counts"],
  { revalidate: 60, tags: ["doctors"] },
);
const latestArticles = unstable_cache(
  (locale: "en" | "hi") => listLatestArticles({ locale, limit: 4 }),
  ["home-latest-articles"],
  {
    revalidate: 60,
    tags: ["articles"],
  },
);

/** A failed section renders its own error note; the rest of the page still works. */
function orNull<T>(section: string) {
  return (error: unknown): T | null => {
    logger.error({ err: error, section }, "home section failed");
    return null;
  };
}

/**
 * Landing page (M1). Renders per request (never at build: the database may not exist then).
 * The three queries run in parallel and are cached; the sections are synchronous components,
 * so the page renders in one pass behind app/loading.tsx.
 */
export default async function HomePage() {
  await connection();
  const [t, locale] = await Promise.all([getTranslations("Home"), getLocale()]);
  const [doctors, counts, articles] = await Promise.all([
    featuredDoctors().catch(
      orNull<Awaited<ReturnType<typeof featuredDoctors>>>("featured-doctors"),
    ),
    specialtyCounts().catch(
      orNull<Awaited<ReturnType<typeof specialtyCounts>>>("specialty-counts"),
    ),
    latestArticles(locale).catch(
      orNull<Awaited<ReturnType<typeof latestArticles>>>("latest-articles"),
    ),
  ]);

  return (
    <>
      <Hero />
      <EmergencyStrip />
      <Section
        id="specialties-title"
        title={t("specialties.title")}
        viewAll={{ href: "/doctors", label: t("specialties.viewAll") }}
      >
        <SpecialtyTiles counts={counts} />
      </Section>
      <Section
        id="featured-title"
        title={t("featured.title")}
        subtitle={t("featured.subtitle")}
        viewAll={{ href: "/doctors?sort=rating", label: t("featured.viewAll") }}
      >
        <FeaturedDoctors doctors={doctors} />
      </Section>
      <Section id="services-title" title={t("services.title")}>
        <ServiceTiles />
      </Section>
      <Section id="articles-title" title={t("articles.title")} subtitle={t("articles.subtitle")}>
        <LatestArticles articles={articles} />
      </Section>
    </>
  );
}
