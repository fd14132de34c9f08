"use client";

import { useActionState } from "react";
import { CalendarSync } from "lucide-react";
import { Alert } from "@/components/ui/Alert";
import { inputClass } from "@/components/ui/Input";
import { labelClass } from "@/components/ui/Field";
import { SubmitButton } from "@/components/ui/SubmitButton";
import type { ActionResult, ActionState } from "@/lib/actions/result";
import type { Copy } from "@/lib/i18n/read-copy";

type FeedAction = (prev: ActionState) => Promise<ActionResult>;

/**
 * The private calendar feed: create (or rotate) shows the new address once; turn off. Both are
 * forms posting to server actions, so they work without JavaScript too.
 */
export function CalendarFeedPanel({
  on,
  createAction,
  deleteAction,
  copy,
}: {
  on: boolean;
  createAction: FeedAction;
  deleteAction: FeedAction;
  copy: Copy<"DoctorHome">["calendar"];
}) {
  const t = copy;
  const [created, create, creating] = useActionState(createAction, null);
  const [removed, remove, removing] = useActionState(deleteAction, null);
  const url = created?.ok ? created.values?.url : undefined;
  const isOn = removed?.ok && !url ? false : on || Boolean(url);
  const failed = [created, removed].find((s) => s && !s.ok);

  return (
    <section aria-labelledby="calendar-heading" className="space-y-3 rounded-xl border p-4">
      <h2 id="calendar-heading" className="flex items-center gap-2 text-lg font-semibold">
        <CalendarSync aria-hidden="true" className="size-5" />
        {t.heading}
      </h2>
      <p className="text-sm text-slate-700">{t.intro}</p>
      {failed?.message ? <Alert tone="error">{failed.message}</Alert> : null}
      {url ? (
        <div className="space-y-1">
          <Alert tone="success">{t.created}</Alert>
          <label htmlFor="feed-url" className={labelClass}>
            {t.urlLabel}
          </label>
          <input id="feed-url" readOnly value={url} className={`${inputClass} font-mono text-sm`} />
        </div>
      ) : (
        <p className="text-sm font-medium text-slate-900" role="status">
          {removed?.ok ? t.turnedOff : isOn ? t.on : t.off}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <form action={create}>
          <SubmitButton pending={creating} pendingText={t.working}>
            {isOn ? t.rotate : t.turnOn}
          </SubmitButton>
        </form>
        {isOn ? (
          <form action={remove}>
            <SubmitButton pending={removing} pendingText={t.working} variant="secondary">
              {t.turnOff}
            </SubmitButton>
          </form>
        ) : null}
      </div>
    </section>
  );
}
