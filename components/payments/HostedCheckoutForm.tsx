import { Lock } from "lucide-react";
import { Button } from "@/components/ui/Button";

/**
 * A plain form posted by the payer's browser to Razorpay's hosted checkout: no third-party script
 * runs on our page, and it works without JavaScript.
 */
export function HostedCheckoutForm({
  action,
  fields,
  label,
  hint,
}: {
  action: string;
  fields: Array<[string, string]>;
  label: string;
  hint: string;
}) {
  return (
    <form method="post" action={action} className="space-y-2">
      {fields.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" className="w-full sm:w-auto">
        <Lock aria-hidden="true" className="size-4" />
        {label}
      </Button>
      <p className="text-sm text-slate-600">{hint}</p>
    </form>
  );
}
