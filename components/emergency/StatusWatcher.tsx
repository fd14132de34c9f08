"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";

/**
 * With JavaScript: re-reads the page every 15 seconds and announces a new status in a live
 * region. Without it, the page's "Refresh status" link does the same by hand.
 */
export function StatusWatcher({ status, announcement }: { status: string; announcement: string }) {
  const router = useRouter();
  const first = useRef(status);
  const [said, setSaid] = useState("");

  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 15_000);
    return () => clearInterval(timer);
  }, [router]);

  useEffect(() => {
    if (status === first.current) return;
    first.current = status;
    setSaid(announcement);
  }, [status, announcement]);

  return (
    <p aria-live="polite" role="status" className="sr-only">
      {said}
    </p>
  );
}
