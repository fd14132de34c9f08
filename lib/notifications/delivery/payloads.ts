import type { EmailTemplate } from "@/lib/email/types";

/** The payloads the drain sends, by channel. */
export interface EmailPayload {
  template: EmailTemplate;
  data: Record<string, unknown>;
  locale: "en" | "hi";
}
export interface SmsPayload {
  text: string;
  template: string;
  vars: Record<string, string>;
}
export interface PushPayload {
  title: string;
  body: string;
  url: string;
}
