"use client";

import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { formatInr } from "@/lib/i18n/format";
import { fill } from "@/lib/i18n/read-copy";
import { toPaise, fromPaise } from "@/lib/money";

/**
 * The sticky submit of the test list: "Book selected tests (N) · ₹total", counted from the ticked
 * boxes of its form (their data-price) as they change. Without JavaScript it reads "Book selected
 * tests" and the server adds up the total on the booking page. It sits above the list and sticks
 * under the site header (taller at md, where the nav takes a second row): a bar stuck to the
 * bottom would be pushed over the first rows whenever the list starts below the fold.
 */
export function SelectionBar({ label, summary }: { label: string; summary: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState(label);
  useEffect(() => {
    const form = ref.current?.form;
    if (!form) return;
    const update = () => {
      const ticked = [...form.querySelectorAll<HTMLInputElement>("input[name=tests]:checked")];
      const total = ticked.reduce((sum, box) => sum + toPaise(box.dataset.price ?? "0"), 0);
      setText(
        ticked.length
          ? fill(summary, { count: ticked.length, total: formatInr(fromPaise(total)) })
          : label,
      );
    };
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [label, summary]);
  return (
    <div className="sticky top-16 z-10 my-3 md:top-28 lg:top-16">
      <button ref={ref} type="submit" className={buttonClass("primary", "w-full shadow-lg")}>
        {text}
      </button>
    </div>
  );
}
