import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/log/logger";
import { publicOrigin } from "@/lib/payments/origin";
import { payPath } from "@/lib/payments/pay-path";
import { purposeOfSegment } from "@/lib/payments/schemas";
import { confirmCheckoutCallback } from "@/lib/payments/service";
import { isUuid } from "@/lib/validation/ids";

type Context = { params: Promise<{ purpose: string; id: string }> };

/**
 * Razorpay's hosted checkout posts the result here from the payer's browser, without our
 * cookies: the signature is checked by lib/payments, then the payer goes back to the pay page
 * with a notice (paid, or failed: a failed attempt posts an error instead of a signature).
 */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const { purpose: segment, id } = await params;
  const purpose = purposeOfSegment[segment];
  if (!purpose || !isUuid(id)) return new Response(null, { status: 404 });
  const form = await request.formData().catch(() => new FormData());
  let notice = "failed";
  if (form.has("razorpay_signature")) {
    try {
      const paid = await confirmCheckoutCallback({
        razorpayPaymentId: form.get("razorpay_payment_id"),
        razorpayOrderId: form.get("razorpay_order_id"),
        razorpaySignature: form.get("razorpay_signature"),
      });
      if (paid) notice = "paid";
    } catch (err) {
      if (!isAppError(err)) logger.error({ err }, "checkout callback failed");
    }
  }
  const to = new URL(
    `${payPath(purpose, id)}?notice=${notice}`,
    publicOrigin(new URL(request.url).origin),
  );
  // 303: the browser follows a POST's redirect with a GET.
  return Response.redirect(to, 303);
}
