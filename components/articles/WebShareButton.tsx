"use client";

import { useSyncExternalStore } from "react";
import { Share2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button-styles";

const subscribe = () => () => {};
const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/**
 * The phone's own share sheet, where the browser has one (an enhancement: without it, or without
 * JavaScript, the copy-able link beside it does the job).
 */
export function WebShareButton({
  url,
  title,
  label,
}: {
  url: string;
  title: string;
  label: string;
}) {
  const supported = useSyncExternalStore(subscribe, canShare, () => false);
  if (!supported) return null;
  return (
    <button
      type="button"
      className={buttonClass("secondary")}
      onClick={() => {
        // A dismissed share sheet rejects; nothing to tell the reader.
        navigator.share({ url, title }).catch(() => {});
      }}
    >
      <Share2 aria-hidden="true" className="size-4" />
      {label}
    </button>
  );
}
