import { getTranslations } from "next-intl/server";
import { oauthSignInAction } from "@/app/actions/auth";
import { oauthProviders } from "@/lib/auth/config";

/** "Continue with Google/GitHub": only the providers whose keys are configured; nothing otherwise. */
export async function OAuthButtons({ callbackUrl }: { callbackUrl: string }) {
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
          <form key={provider} action={oauthSignInAction}>
            <input type="hidden" name="provider" value={provider} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button
              type="submit"
              className="inline-flex min-h-11 w-full items-center justify-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50"
            >
              {t(provider)}
            </button>
          </form>
        ))}
      </div>
    </div>
  );
}
