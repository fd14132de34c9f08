import type { MetadataRoute } from "next";

// The colours of the UI kit (app/globals.css): brand-700 for the bars, slate-50 for the page.
const brand700 = "#0f766e";
const slate50 = "#f8fafc";

/**
 * The web app manifest (/manifest.webmanifest; Next links it from every page): what Android's
 * "Add to home screen" and install prompts need — a name, a start page, standalone display and
 * 192 and 512 px icons, one of them maskable so launchers can shape it. Static, so in English; the
 * name reads the same in both languages. Icons come from scripts/make-app-icons.mjs.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "SwasthAI",
    short_name: "SwasthAI",
    description:
      "Find verified doctors, check symptoms, order medicines and book lab tests — in English and Hindi.",
    lang: "en-IN",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: slate50,
    theme_color: brand700,
    categories: ["health", "medical"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/favicon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
