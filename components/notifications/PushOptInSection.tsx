import { getTranslations } from "next-intl/server";
import { vapidPublicKey } from "@/lib/push/send";
import { PushOptIn } from "./PushOptIn";

/**
 * Browser notifications for the preferences page. Without VAPID keys push is unavailable and the
 * section says so; otherwise the client opt-in appears where the browser can do push.
 */
export async function PushOptInSection() {
  const t = await getTranslations("Push.optIn");
  const publicKey = vapidPublicKey();
  return (
    <section aria-labelledby="push-opt-in-heading" className="space-y-2">
      <h2 id="push-opt-in-heading" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      {publicKey ? (
        <PushOptIn
          publicKey={publicKey}
          copy={{
            enable: t("enable"),
            disable: t("disable"),
            enabled: t("enabled"),
            disabled: t("disabled"),
            denied: t("denied"),
            failed: t("failed"),
          }}
        />
      ) : (
        <p className="text-sm text-slate-700">{t("unavailable")}</p>
      )}
    </section>
  );
}
