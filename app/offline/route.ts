import en from "@/messages/en.json";
import hi from "@/messages/hi.json";

// Built once at build time: the service worker (public/sw.js) keeps this page and shows it for a
// navigation the network could not answer. It holds nothing personal and needs nothing else to
// render — no script, no stylesheet, no image — since nothing else may be cached when it shows.
export const dynamic = "force-static";

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** One language's part of the page; the emergency numbers are links a phone can dial. */
function part(lang: "en" | "hi", copy: typeof en.Offline, heading: "h1" | "h2"): string {
  const emergency = escape(copy.emergency)
    .replace("108", '<a href="tel:108">108</a>')
    .replace("112", '<a href="tel:112">112</a>');
  return `<section lang="${lang}">
<${heading}>${escape(copy.heading)}</${heading}>
<p>${escape(copy.text)}</p>
<p class="sos">${emergency}</p>
</section>`;
}

const page = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="theme-color" content="#0f766e">
<title>${escape(en.Offline.title)} · ${escape(hi.Offline.title)}</title>
<style>
body{margin:0;font-family:system-ui,"Noto Sans Devanagari",sans-serif;background:#f8fafc;color:#0f172a;line-height:1.5}
main{max-width:32rem;margin:0 auto;padding:2rem 1.25rem}
.logo{display:inline-block;background:#0f766e;color:#fff;font-weight:700;border-radius:.75rem;padding:.4rem .8rem}
h1,h2{font-size:1.375rem;margin:1.5rem 0 .5rem}
section+section{border-top:1px solid #cbd5e1;margin-top:1.5rem}
.sos{font-weight:600;color:#b91c1c}
.sos a{color:#b91c1c}
.retry{display:inline-block;margin-top:2rem;background:#0f766e;color:#fff;border-radius:.5rem;padding:.75rem 1.25rem;font-weight:600;text-decoration:none}
.retry:focus-visible{outline:3px solid #0d9488;outline-offset:2px}
</style>
</head>
<body>
<main>
<span class="logo">SwasthAI</span>
${part("en", en.Offline, "h1")}
${part("hi", hi.Offline, "h2")}
<a class="retry" href="">${escape(en.Offline.retry)} · <span lang="hi">${escape(hi.Offline.retry)}</span></a>
</main>
</body>
</html>
`;

/** The offline page, in English and Hindi (the worker cannot know which language the reader uses). */
export function GET(): Response {
  return new Response(page, { headers: { "content-type": "text/html; charset=utf-8" } });
}
