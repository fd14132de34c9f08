import HomePage from "@/app/(site)/(marketing)/page";
import { publicTags, tagThisPage } from "@/lib/cache/public-pages";
import { enterLocale } from "./page-locale";

// Home's own cached reads (featured doctors, counts, latest articles) refresh every minute.
export const revalidate = 300;

/** Home for signed-out visitors, from the full-route cache (see ./layout.tsx). */
export default async function CachedHomePage({ params }: { params: Promise<{ locale: string }> }) {
  await enterLocale(params);
  await tagThisPage(publicTags.doctors, publicTags.articles);
  return <HomePage />;
}
