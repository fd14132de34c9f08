export { startPayment } from "./start";
export { confirmCheckoutCallback, verifyPayment } from "./verify";
export { handleRazorpayWebhook } from "./webhook";
