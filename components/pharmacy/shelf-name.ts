import { useTranslations } from "next-intl";

/**
 * A shelf's name in the reader's language. Shelves are catalogue data (admins may add new ones):
 * a shelf without a translation shows as stored.
 */
export function useShelfName(): (category: string) => string {
  const t = useTranslations("Pharmacy.shelfNames");
  return (category) => {
    const key = category.toLowerCase() as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : category;
  };
}
