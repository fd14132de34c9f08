"use client";

import { useId, useRef, useState } from "react";
import { Plus, X } from "lucide-react";
import { FieldError, describedBy } from "@/components/ui/Field";
import { inputClass } from "@/components/ui/Input";
import { readerOf, type Copy } from "@/lib/i18n/read-copy";

const maxItems = 50;
const maxLength = 100;

/**
 * A list edited as removable chips, with free text (Enter adds) and common picks. Each chip is a
 * hidden input named `name`, so the surrounding form posts the list as repeated values. Duplicates
 * are refused case-insensitively, as the server does.
 */
export function ChipEditor({
  copy,
  name,
  title,
  emptyText,
  placeholder,
  picks,
  initial,
  error,
}: {
  /** copyOf("healthProfile").chips */
  copy: Copy<"healthProfile">["chips"];
  name: string;
  title: string;
  emptyText: string;
  placeholder: string;
  picks: string[];
  initial: string[];
  error?: string;
}) {
  const t = readerOf(copy);
  const id = useId();
  const [items, setItems] = useState(initial);
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const has = (value: string) =>
    items.some((item) => item.toLocaleLowerCase() === value.toLocaleLowerCase());

  function add(raw: string) {
    const value = raw.trim().slice(0, maxLength);
    if (!value || has(value) || items.length >= maxItems) return;
    setItems([...items, value]);
    setAnnouncement(t("added", { item: value }));
  }

  function remove(value: string) {
    setItems(items.filter((item) => item !== value));
    setAnnouncement(t("removed", { item: value }));
    input.current?.focus();
  }

  return (
    <fieldset
      className="rounded-xl border border-slate-200 bg-white p-4"
      aria-describedby={describedBy(`${id}-list`, undefined, error)}
    >
      <legend className="px-1 text-lg font-semibold text-slate-900">{title}</legend>
      {items.map((item) => (
        <input key={item} type="hidden" name={name} value={item} />
      ))}
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">{emptyText}</p>
      ) : (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label={title}>
          {items.map((item) => (
            <li
              key={item}
              className="flex items-center gap-1 rounded-full bg-brand-50 py-1 pr-1 pl-3 text-sm font-medium text-brand-900"
            >
              {item}
              <button
                type="button"
                onClick={() => remove(item)}
                aria-label={t("remove", { item })}
                className="grid size-7 place-items-center rounded-full text-brand-800 hover:bg-brand-100"
              >
                <X aria-hidden="true" className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={`${id}-list`} message={error} />

      <div className="mt-3 flex gap-2">
        <label htmlFor={`${id}-input`} className="sr-only">
          {t("addLabel", { list: title })}
        </label>
        <input
          ref={input}
          id={`${id}-input`}
          value={draft}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault(); // add the chip, do not submit the form
              add(draft);
              setDraft("");
            }
          }}
          className={`${inputClass} mt-0`}
        />
        <button
          type="button"
          onClick={() => {
            add(draft);
            setDraft("");
          }}
          className="inline-flex min-h-11 shrink-0 items-center gap-1 rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          <Plus aria-hidden="true" className="size-4" />
          {t("add")}
        </button>
      </div>
      {items.length >= maxItems ? (
        <p className="mt-2 text-sm text-amber-800">{t("limit", { max: maxItems })}</p>
      ) : null}

      {picks.length > 0 ? (
        <div className="mt-3">
          <p id={`${id}-picks`} className="text-sm text-slate-600">
            {t("picks")}
          </p>
          <ul aria-labelledby={`${id}-picks`} className="mt-2 flex flex-wrap gap-2">
            {picks.map((pick) => {
              const taken = has(pick);
              return (
                <li key={pick}>
                  <button
                    type="button"
                    disabled={taken}
                    aria-pressed={taken}
                    onClick={() => add(pick)}
                    className="min-h-9 rounded-full border border-slate-300 px-3 text-sm text-slate-700 hover:bg-slate-50 disabled:border-brand-200 disabled:bg-brand-50 disabled:text-brand-800"
                  >
                    {pick}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </fieldset>
  );
}
