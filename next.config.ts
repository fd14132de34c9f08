import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { serverActionAllowedOrigins } from "./lib/http/action-origin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // The Docker image and CI build with NEXT_OUTPUT=standalone (a self-contained server.js with only
  // the traced node_modules); `npm run demo` and the e2e suite use `next start`, which warns under
  // standalone, so the default build stays a normal one.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // Files read from disk by a path the tracer cannot follow: the prescription PDF's font is joined
  // onto process.cwd() and pdfkit loads its standard font metrics from its data/ folder. Standalone
  // copies one shared node_modules, so listing them once for every route is enough.
  outputFileTracingIncludes: {
    "/**": [
      "./node_modules/@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf",
      "./node_modules/pdfkit/js/data/*",
    ],
  },
  // The tracer follows the auth secret's path into .data/: a laptop's embedded database and
  // generated secret must never travel in a standalone build or an image made from it.
  outputFileTracingExcludes: { "/**": ["./.data/**"] },
  // PGlite ships WASM and pdfkit its font metrics and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pino", "pdfkit"],
  poweredByHeader: false,
  // Next hashes the whole HTML of every cached page on every hit to make its ETag: a fifth of the
  // server's CPU on the signed-out doctors list (222 KB). Those pages are `private, no-cache`, so
  // the ETag only turned a browser's reload into a 304; the CPU serves more visitors (decisions.md).
  generateEtags: false,
  // Lets two builds (e.g. an engineer's and the e2e run) live side by side.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  turbopack: {
    resolveAlias: {
      // use-intl's message formatter with compiled messages kept across requests: its own
      // rebuilt a formats object and a JSON memo key on every call, a tenth of the signed-in
      // search page's CPU (lib/i18n/format-message.ts, docs/decisions.md).
      "use-intl/format-message": "./lib/i18n/format-message.ts",
    },
  },
  experimental: {
    // Two root layouts (app/(site) and the cached signed-out pages' app/cached/[locale]): an
    // unknown URL belongs to neither, so app/global-not-found.tsx answers it with its own <html>.
    globalNotFound: true,
    // The stylesheet inline in each page's <head> instead of a <link>: on slow 4G the separate CSS
    // request cost a second round trip (about 0.9 s, sharing the line with the scripts) before
    // anything could paint. It costs 25 KB gzipped per full page load (the CSS travels twice, in
    // the <style> and in the initial RSC payload); navigations inside the app fetch no HTML
    // (docs/decisions.md).
    inlineCss: true,
    serverActions: {
      // Uploads through server actions: profile photos (<= 2 MB) and, without JavaScript, health
      // records (<= 10 MB plus their metadata fields); the default cap is 1 MB. The record's own
      // 10 MB cap is checked again by createHealthRecord.
      bodySizeLimit: "11mb",
      // One list, also read by proxy.ts, which refuses other sites' actions with a 403.
      allowedOrigins: serverActionAllowedOrigins,
    },
    // The proxy reads a request's body before the page or action sees it, keeping at most this
    // much (10 MB by default, which cut a 10 MB record upload short). A record is at most 10 MB
    // plus its form fields; anything longer arrives cut off at 11 MB, past the record's own cap,
    // and is refused with 413. (The API's upload route is left out of the proxy: see proxy.ts.)
    proxyClientMaxBodySize: "11mb",
  },
};

export default withNextIntl(nextConfig);
