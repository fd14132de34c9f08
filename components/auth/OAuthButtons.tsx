import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button-styles";
import { oauthProviders } from "@/lib/auth/config";

/** "Continue with Google/GitHub": only the providers whose keys are configured; nothing otherwise. */
export async function OAuthButtons({
  callbackUrl,
  action,
}: {
  callbackUrl: string;
  action: (form: FormData) => Promise<void>;
}) {
  const enabled = (["google", "github"] as const).filter((p) => oauthProviders[p]);
  if (enabled.length === 0) return null;
  const t = await getTranslations("Auth.login");
  return (
    <div className="mt-6">
      <p className="mb-4 flex items-center gap-3 text-sm text-slate-500 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
        {t("or")}
      </p>
      <div className="space-y-3">
        {enabled.map((provider) => (
          <form key={provider} action={action}>
            <input type="hidden" name="provider" value={provider} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button type="submit" className={buttonClass("secondary", "w-full")}>
              {t(provider)}
            </button>
          </form>
        ))}
      </div>
    </div>
  );
}
