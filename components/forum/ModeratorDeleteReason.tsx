import { getTranslations } from "next-intl/server";
import { Input } from "@/components/ui/Input";

/**
 * The reason an admin gives when deleting someone else's post or reply from the thread: the author
 * is told it (required; the server refuses a delete without one).
 */
export async function ModeratorDeleteReason({ id }: { id: string }) {
  const t = await getTranslations("Forum");
  return (
    <label htmlFor={id} className="block text-sm font-medium text-slate-800">
      {t("moderatorDeleteReason")}
      <Input
        id={id}
        name="reason"
        required
        minLength={3}
        maxLength={500}
        autoComplete="off"
        className="mt-1"
      />
    </label>
  );
}
