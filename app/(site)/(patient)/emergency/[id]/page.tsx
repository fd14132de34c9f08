import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { CallButtons } from "@/components/emergency/CallButtons";
import { AlertedList } from "@/components/emergency/AlertedList";
import { StatusTimeline } from "@/components/emergency/StatusTimeline";
import { StatusWatcher } from "@/components/emergency/StatusWatcher";
import { Alert } from "@/components/ui/Alert";
import { Card } from "@/components/ui/Card";
import { PageContainer } from "@/components/ui/PageContainer";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonClass } from "@/components/ui/button-styles";
import { getActor } from "@/lib/auth/session";
import { trackingCookie } from "@/lib/emergency/cookie";
import { getEmergencyRequest } from "@/lib/emergency/queries";
import { isAppError } from "@/lib/errors";
import { copyOf } from "@/lib/i18n/copy";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ token?: string | string[]; made?: string | string[] }>;
};

// The address may hold the tracking token: never send it on as a Referer.
export const metadata: Metadata = { referrer: "no-referrer" };

async function load({ params, searchParams }: Props) {
  const [{ id }, { token }, jar, actor] = await Promise.all([
    params,
    searchParams,
    cookies(),
    getActor(),
  ]);
  const given =
    (typeof token === "string" ? token : undefined) ?? jar.get(trackingCookie(id))?.value;
  try {
    return await getEmergencyRequest(actor, id, given);
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}

/** The receipt and live status of a request, for its requester or whoever holds its token. */
export default async function EmergencyStatusPage(props: Props) {
  const [request, { made, token }, t, format, copy] = await Promise.all([
    load(props),
    props.searchParams,
    getTranslations("Emergency.status"),
    getFormatter(),
    copyOf("Emergency"),
  ]);
  if (!request) {
    return (
      <PageContainer className="max-w-3xl space-y-6">
        <CallButtons copy={copy} />
        <PageHeader title={t("notFoundTitle")} />
        <p className="text-slate-700">{t("notFound")}</p>
      </PageContainer>
    );
  }
  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : null;
  const statusText = t(`statuses.${request.status}`);
  const closedLabel = request.status === "cancelled" ? copy.status.statuses.cancelled : t("closed");
  return (
    <PageContainer className="max-w-3xl space-y-6">
      <CallButtons copy={copy} />
      <PageHeader title={t("title", { number: request.requestNumber })} />
      {made ? <Alert tone="success">{t("made")}</Alert> : null}
      <Card>
        <p className="text-sm font-medium text-slate-600">{t("statusLabel")}</p>
        <p className="mt-1 text-2xl font-bold text-slate-900" data-status={request.status}>
          {statusText}
        </p>
        {request.etaMinutes !== null && request.status === "ambulance_dispatched" ? (
          <p className="mt-1 text-slate-800">{t("eta", { minutes: request.etaMinutes })}</p>
        ) : null}
        <StatusWatcher
          status={request.status}
          announcement={t("updated", { status: statusText })}
        />
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Link
            href={`/emergency/${request.id}${typeof token === "string" ? `?token=${encodeURIComponent(token)}` : ""}`}
            className={buttonClass("secondary")}
          >
            {t("refresh")}
          </Link>
          <p className="text-sm text-slate-700">{t("autoRefresh")}</p>
        </div>
      </Card>
      <StatusTimeline
        title={t("timeline")}
        notYet={t("notYet")}
        steps={[
          { label: t("requested"), at: when(request.createdAt) },
          { label: t("acknowledged"), at: when(request.acknowledgedAt) },
          { label: t("dispatched"), at: when(request.dispatchedAt) },
          { label: closedLabel, at: when(request.closedAt) },
        ]}
      />
      <AlertedList request={request} />
      <Card>
        <h2 className="text-lg font-semibold text-slate-900">{t("nextTitle")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
          <li>{t("next1")}</li>
          <li>{t("next2")}</li>
          <li>{t("next3")}</li>
        </ul>
      </Card>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-medium text-slate-600">{t("patient")}</dt>
          <dd className="text-slate-900">{request.patient.name}</dd>
        </div>
        <div>
          <dt className="text-sm font-medium text-slate-600">{t("type")}</dt>
          <dd className="text-slate-900">{copy.types[request.type]}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-sm font-medium text-slate-600">{t("symptoms")}</dt>
          <dd className="whitespace-pre-line text-slate-900">{request.symptoms}</dd>
        </div>
        {request.address ? (
          <div className="sm:col-span-2">
            <dt className="text-sm font-medium text-slate-600">{t("address")}</dt>
            <dd className="text-slate-900">{request.address}</dd>
          </div>
        ) : null}
      </dl>
      <p className="text-sm text-slate-700">{t("tokenNote")}</p>
      <Link href="/emergency" className={buttonClass("secondary")}>
        {t("newRequest")}
      </Link>
    </PageContainer>
  );
}
