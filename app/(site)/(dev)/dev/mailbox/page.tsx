import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/PageHeader";
import { headers } from "next/headers";
import { getActor } from "@/lib/auth/session";
import { canReadDevMailbox, listDevMailbox } from "@/lib/email/dev-mailbox";
import { mailboxQuerySchema, type MailboxMessage } from "@/lib/email/schemas";
import { cardClass } from "@/components/ui/Card";
import { listDevSms } from "@/lib/sms/dev-mailbox";
import { smsMailboxQuerySchema, type SmsMessageDto } from "@/lib/sms/schemas";

// Reads the outbox on every request; never prerendered or cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Dev mailbox",
  robots: { index: false, follow: false },
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Development only: mail the outbox adapter "sent" to one address (404 unless open to this caller). */
export default async function DevMailboxPage({ searchParams }: { searchParams: SearchParams }) {
  const [actor, requestHeaders] = await Promise.all([getActor(), headers()]);
  if (!canReadDevMailbox(actor, requestHeaders)) notFound();
  const params = await searchParams;
  const raw = params.to;
  const to = typeof raw === "string" ? raw.trim() : "";
  const rawPhone = params.phone;
  const phone = typeof rawPhone === "string" ? rawPhone.trim() : "";
  const parsedPhone = phone ? smsMailboxQuerySchema.safeParse({ phone }) : undefined;
  const sms = parsedPhone?.success
    ? await listDevSms(actor, { phone: parsedPhone.data.phone }, requestHeaders)
    : [];
  const invalidPhone = parsedPhone !== undefined && !parsedPhone.success;
  const parsed = to ? mailboxQuerySchema.safeParse({ to }) : undefined;
  const messages = parsed?.success ? await listDevMailbox(actor, parsed.data, requestHeaders) : [];
  const invalid = parsed !== undefined && !parsed.success;

  return (
    <div className="mx-auto w-full max-w-4xl px-4 py-8">
      <PageHeader
        title="Dev mailbox"
        subtitle="Mail and SMS the outbox adapters would have sent. Open only in development or with DEV_MAILBOX=1."
      />
      <form method="get" className="mb-8 flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="mailbox-to" className="text-sm font-medium text-slate-800">
            Recipient email
          </label>
          <input
            id="mailbox-to"
            name="to"
            type="email"
            required
            defaultValue={to}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "mailbox-to-error" : undefined}
            className="rounded-lg border border-slate-300 px-3 py-2 text-slate-900"
          />
        </div>
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Show mail
        </button>
        {invalid ? (
          <p id="mailbox-to-error" className="w-full text-sm text-red-700">
            Enter a valid email address.
          </p>
        ) : null}
      </form>
      {parsed?.success ? (
        <section aria-labelledby="mailbox-results">
          <h2 id="mailbox-results" className="mb-4 text-lg font-semibold text-slate-900">
            {messages.length === 0
              ? `No mail for ${parsed.data.to}`
              : `${messages.length} message(s) for ${parsed.data.to}`}
          </h2>
          <ol className="space-y-6">
            {messages.map((message, index) => (
              <MessageCard key={`${message.createdAt}-${index}`} message={message} />
            ))}
          </ol>
        </section>
      ) : null}
      <form method="get" className="mt-10 mb-8 flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor="mailbox-phone" className="text-sm font-medium text-slate-800">
            Recipient mobile number
          </label>
          <input
            id="mailbox-phone"
            name="phone"
            type="tel"
            required
            defaultValue={phone}
            aria-invalid={invalidPhone || undefined}
            aria-describedby={invalidPhone ? "mailbox-phone-error" : undefined}
            className="rounded-lg border border-slate-300 px-3 py-2 text-slate-900"
          />
        </div>
        <button
          type="submit"
          className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          Show SMS
        </button>
        {invalidPhone ? (
          <p id="mailbox-phone-error" className="w-full text-sm text-red-700">
            Enter a 10-digit Indian mobile number.
          </p>
        ) : null}
      </form>
      {parsedPhone?.success ? (
        <section aria-labelledby="mailbox-sms-results">
          <h2 id="mailbox-sms-results" className="mb-4 text-lg font-semibold text-slate-900">
            {sms.length === 0
              ? `No SMS for ${parsedPhone.data.phone}`
              : `${sms.length} SMS for ${parsedPhone.data.phone}`}
          </h2>
          <ol className="space-y-4">
            {sms.map((message, index) => (
              <SmsCard key={`${message.createdAt}-${index}`} message={message} />
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function SmsCard({ message }: { message: SmsMessageDto }) {
  return (
    <li className={cardClass}>
      <article>
        <h3 className="font-semibold text-slate-900">SMS {message.template ?? ""}</h3>
        <p className="mb-3 text-sm text-slate-600">
          To {message.to} ·{" "}
          <time dateTime={message.createdAt}>
            {new Date(message.createdAt).toLocaleString("en-IN", { timeZone: "Asia/Kolkata" })} IST
          </time>
        </p>
        <p className="whitespace-pre-wrap text-slate-800">{linkify(message.body)}</p>
      </article>
    </li>
  );
}

function MessageCard({ message }: { message: MailboxMessage }) {
  return (
    <li className={cardClass}>
      <article>
        <h3 className="font-semibold text-slate-900">{message.subject}</h3>
        <p className="mb-3 text-sm text-slate-600">
          To {message.to} ·{" "}
          <time dateTime={message.createdAt}>
            {new Date(message.createdAt).toLocaleString("en-IN", { timeZone: "Asia/Kolkata" })} IST
          </time>
        </p>
        <details open className="mb-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">Text part</summary>
          <pre className="mt-2 overflow-x-auto rounded-lg bg-slate-50 p-3 text-sm whitespace-pre-wrap text-slate-800">
            {linkify(message.text)}
          </pre>
        </details>
        {message.html ? (
          <details open>
            <summary className="cursor-pointer text-sm font-medium text-slate-800">
              HTML part
            </summary>
            {/* sandbox="" : no scripts, no forms, no top navigation, an opaque origin. */}
            <iframe
              srcDoc={message.html}
              sandbox=""
              title={`HTML part of "${message.subject}"`}
              className="mt-2 h-[32rem] w-full rounded-lg border border-slate-200 bg-white"
            />
          </details>
        ) : null}
      </article>
    </li>
  );
}

/** Turns http(s) URLs in plain text into links; everything else stays text (React escapes it). */
function linkify(text: string): ReactNode[] {
  return text.split(/(https?:\/\/[^\s<>"']+)/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="break-all text-brand-700 underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
