import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake received. */
export interface ReceivedRazorpayCall {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: Record<string, unknown>;
}

/**
 * Razorpay's API on a local port, speaking its documented wire format: `POST /v1/orders`
 * ({amount in paise, currency, receipt, notes} -> an order entity `order_...`) and
 * `POST /v1/payments/:id/refund` (-> a refund entity `rfnd_...`, the same one again for a repeated
 * `X-Refund-Idempotency`), both behind HTTP Basic key_id:key_secret (401 otherwise, with
 * Razorpay's error body). `failRefunds` answers refunds with a 500.
 */
export async function startFakeRazorpay(keys: { keyId: string; keySecret: string }) {
  const received: ReceivedRazorpayCall[] = [];
  const state = { failRefunds: false };
  const refundsByKey = new Map<string, Record<string, unknown>>();
  let n = 0;
  const expected = `Basic ${Buffer.from(`${keys.keyId}:${keys.keySecret}`).toString("base64")}`;
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    let raw = "";
    for await (const part of req) raw += part;
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const path = req.url ?? "";
    const idempotencyKey = req.headers["x-refund-idempotency"] as string | undefined;
    received.push({
      method: req.method ?? "",
      path,
      authorization: req.headers.authorization,
      idempotencyKey,
      body,
    });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    const error = (status: number, description: string) =>
      send(status, { error: { code: "BAD_REQUEST_ERROR", description, source: "business" } });
    if (req.headers.authorization !== expected) return error(401, "Authentication failed");
    n += 1;
    if (req.method === "POST" && path === "/v1/orders") {
      if (!Number.isInteger(body.amount) || body.currency !== "INR") {
        return error(400, "The amount must be an integer.");
      }
      return send(200, {
        id: `order_FAKE${n}`,
        entity: "order",
        amount: body.amount,
        amount_paid: 0,
        amount_due: body.amount,
        currency: "INR",
        receipt: body.receipt,
        status: "created",
        attempts: 0,
        notes: body.notes ?? {},
        created_at: 1_700_000_000,
      });
    }
    const refund = /^\/v1\/payments\/(pay_\w+)\/refund$/.exec(path);
    if (req.method === "POST" && refund) {
      if (state.failRefunds) return error(500, "The server is unavailable.");
      const again = idempotencyKey ? refundsByKey.get(idempotencyKey) : undefined;
      if (again) return send(200, again);
      const entity = {
        id: `rfnd_FAKE${n}`,
        entity: "refund",
        amount: body.amount,
        currency: "INR",
        payment_id: refund[1],
        notes: body.notes ?? {},
        status: "pending",
        speed_requested: body.speed ?? "normal",
        created_at: 1_700_000_000,
      };
      if (idempotencyKey) refundsByKey.set(idempotencyKey, entity);
      return send(200, entity);
    }
    return error(404, "The requested URL was not found on the server.");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What Razorpay's checkout hands the payer: the payment signature of order|payment. */
export function checkoutSignature(keySecret: string, orderId: string, paymentId: string): string {
  return createHmac("sha256", keySecret).update(`${orderId}|${paymentId}`).digest("hex");
}

/** A webhook delivery as Razorpay sends it: the raw body and its signature header. */
export function signedWebhook(webhookSecret: string, event: Record<string, unknown>) {
  const body = JSON.stringify(event);
  return { body, signature: createHmac("sha256", webhookSecret).update(body).digest("hex") };
}
