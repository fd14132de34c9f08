import Link from "next/link";
import { Trash2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";
import { SubmitButton } from "@/components/ui/SubmitButton";

/**
 * The confirm step of deleting a conversation: reached by a plain link (`?confirm=delete`), so it
 * works without JavaScript; the post goes to the bound server action, which returns to the list.
 */
export function DeleteConversation({
  conversationId,
  action,
  copy,
}: {
  conversationId: string;
  action: () => Promise<void>;
  copy: { title: string; text: string; confirm: string; keep: string; deleting: string };
}) {
  return (
    <section
      aria-labelledby="delete-conversation-title"
      className="mb-6 space-y-3 rounded-xl border border-red-200 bg-red-50 p-4"
    >
      <h2 id="delete-conversation-title" className="text-lg font-semibold text-red-900">
        {copy.title}
      </h2>
      <p className="text-sm text-red-950">{copy.text}</p>
      <form action={action} className="flex flex-wrap gap-3">
        <SubmitButton variant="danger" pendingText={copy.deleting}>
          <Trash2 aria-hidden="true" className="size-4" />
          {copy.confirm}
        </SubmitButton>
        <Link href={`/coach/${conversationId}`} className={buttonClass("secondary")}>
          {copy.keep}
        </Link>
      </form>
    </section>
  );
}
