/**
 * SwasthAI support's contact lines, in one place. PLACEHOLDERS: plausible Indian numbers chosen
 * for the demo (the 1800 toll-free range and a +91 mobile); replace them with the real support
 * lines before launch. The Help page says so beside them.
 */
export const supportContact = {
  /** The phone line, as dialled (tel:) and as shown. */
  phone: { dial: "+911800123742", display: "1800 123 742" },
  /** WhatsApp Business: the number wa.me wants, digits only with the country code. */
  whatsapp: { number: "919876543210", display: "+91 98765 43210" },
  email: "support@swasthai.dev",
} as const;

/** A wa.me link that opens a chat with support, the first line already typed. */
export function whatsappLink(text: string): string {
  return `https://wa.me/${supportContact.whatsapp.number}?text=${encodeURIComponent(text)}`;
}
