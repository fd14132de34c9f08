import { Bookmark, BookmarkCheck } from "lucide-react";
import { SubmitButton } from "@/components/ui/SubmitButton";

/**
 * Save or unsave one article: a plain form (works without JavaScript) that comes back to
 * `returnTo`; signed out, the action sends the reader to sign in first.
 */
export function SaveToggle({
  action,
  slug,
  saved,
  returnTo,
  label,
  text,
  pendingText,
  compact = false,
}: {
  /** The page's server action taking slug, intent ("save" | "unsave") and returnTo. */
  action: (form: FormData) => Promise<void>;
  slug: string;
  saved: boolean;
  returnTo: string;
  /** The accessible name (says which article when several are on the page). */
  label: string;
  text: string;
  pendingText: string;
  compact?: boolean;
}) {
  const Icon = saved ? BookmarkCheck : Bookmark;
  return (
    <form action={action}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="intent" value={saved ? "unsave" : "save"} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <SubmitButton
        variant={saved ? "primary" : "secondary"}
        pendingText={pendingText}
        className={compact ? "px-3" : ""}
      >
        <Icon aria-hidden="true" className="size-4" />
        <span aria-hidden="true" className={compact ? "hidden" : ""}>
          {text}
        </span>
        <span className="sr-only">{label}</span>
      </SubmitButton>
    </form>
  );
}
