import Link from "next/link";
import { ThumbsUp } from "lucide-react";

const look =
  "inline-flex min-h-11 items-center gap-1.5 rounded-full border px-3 text-sm font-semibold";

/**
 * The one-vote toggle as a plain form post (works without JavaScript); aria-pressed says whether
 * my vote is on. Signed out, it is a link to sign in that comes back here.
 */
export function VoteButton({
  id,
  count,
  voted,
  signedIn,
  returnTo,
  action,
  labels,
}: {
  id: string;
  count: number;
  voted: boolean;
  signedIn: boolean;
  returnTo: string;
  action: (form: FormData) => Promise<void>;
  labels: { upvote: string; remove: string; signIn: string; count: string };
}) {
  if (!signedIn) {
    return (
      <Link
        href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`}
        prefetch={false}
        className={`${look} border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}
        aria-label={`${labels.signIn} (${labels.count})`}
      >
        <ThumbsUp aria-hidden="true" className="size-4" />
        {count}
      </Link>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        aria-pressed={voted}
        aria-label={`${voted ? labels.remove : labels.upvote} (${labels.count})`}
        className={`${look} ${
          voted
            ? "border-brand-700 bg-brand-700 text-white hover:bg-brand-800"
            : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"
        }`}
      >
        <ThumbsUp aria-hidden="true" className={`size-4 ${voted ? "fill-current" : ""}`} />
        {count}
      </button>
    </form>
  );
}
