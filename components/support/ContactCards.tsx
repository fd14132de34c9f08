import type { ReactNode } from "react";
import { Mail, MessageCircle, Phone } from "lucide-react";
import { useTranslations } from "next-intl";
import { flatCardClass } from "@/components/ui/Card";
import { supportContact, whatsappLink } from "@/lib/support/contact";

function ContactCard({
  icon,
  label,
  href,
  value,
  hint,
}: {
  icon: ReactNode;
  label: string;
  href: string;
  value: string;
  hint: string;
}) {
  return (
    <li className={`${flatCardClass} flex items-start gap-3`}>
      <span className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-50 text-brand-700">
        {icon}
      </span>
      <div className="min-w-0">
        <p className="text-sm font-medium text-slate-600">{label}</p>
        <a href={href} className="font-semibold break-words text-brand-800 underline">
          {value}
        </a>
        <p className="text-sm text-slate-600">{hint}</p>
      </div>
    </li>
  );
}

/** Call, email and WhatsApp support: real tel:, mailto: and wa.me links (lib/support/contact). */
export function ContactCards() {
  const t = useTranslations("Help");
  return (
    <div className="space-y-2">
      <ul className="grid gap-3 sm:grid-cols-3">
        <ContactCard
          icon={<Phone aria-hidden="true" className="size-5" />}
          label={t("callLabel")}
          href={`tel:${supportContact.phone.dial}`}
          value={supportContact.phone.display}
          hint={t("callHint")}
        />
        <ContactCard
          icon={<Mail aria-hidden="true" className="size-5" />}
          label={t("emailLabel")}
          href={`mailto:${supportContact.email}`}
          value={supportContact.email}
          hint={t("emailHint")}
        />
        <ContactCard
          icon={<MessageCircle aria-hidden="true" className="size-5" />}
          label={t("whatsappLabel")}
          href={whatsappLink(t("title"))}
          value={supportContact.whatsapp.display}
          hint={t("whatsappHint")}
        />
      </ul>
      <p className="text-xs text-slate-500">{t("sample")}</p>
    </div>
  );
}
