import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/Alert";

const count = (v: string | string[] | undefined) =>
  typeof v === "string" && /^\d{1,3}$/.test(v) ? Number(v) : 0;

/** The line a finished action leaves on the order page (post/redirect/get): what just happened. */
export async function OrderNotice({
  search,
}: {
  search: Record<"notice" | "added" | "skipped", string | string[] | undefined>;
}) {
  const t = await getTranslations("Orders.notices");
  const { notice } = search;
  if (notice === "cancelled" || notice === "updated") {
    return (
      <Alert tone="success" className="mb-4">
        {t(notice)}
      </Alert>
    );
  }
  if (notice !== "reordered") return null;
  const skipped = count(search.skipped);
  return (
    <Alert tone="success" className="mb-4">
      {t("reordered", { added: count(search.added) })}
      {skipped > 0 ? ` ${t("skipped", { count: skipped })}` : ""}
    </Alert>
  );
}
