// Measures a running server's memory while it takes health-record uploads: a PDF of exactly
// 10 MB (accepted), then 11 MB with a Content-Length and 11 MB streamed without one (both 413).
// The server's resident memory is sampled from /proc every 5 ms (Linux), so run it on the host
// that runs the server:
//   node scripts/measure-upload-memory.mjs --url http://127.0.0.1:3100 --pid <server pid> \
//     [--email patient@swasthai.dev --password Swasth@2026]
// `--pid` is the process listening on the port (`ss -ltnp`), not `npx` or `npm`.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:3100" },
    pid: { type: "string" },
    email: { type: "string", default: "patient@swasthai.dev" },
    password: { type: "string", default: "Swasth@2026" },
  },
});
if (!values.pid) throw new Error("--pid <server pid> is required");
const MB = 1024 * 1024;

/** Resident memory of the server process (and its threads), in bytes. */
function rss() {
  const status = readFileSync(`/proc/${values.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/** Runs `work` sampling the server's RSS; its answer and the peak growth over the baseline. */
async function measured(work) {
  await new Promise((r) => setTimeout(r, 500));
  const base = rss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 5);
  try {
    const status = await work();
    await new Promise((r) => setTimeout(r, 50));
    return {
      status,
      baseMb: +(base / MB).toFixed(1),
      peakGrowthMb: +((peak - base) / MB).toFixed(1),
    };
  } finally {
    clearInterval(timer);
  }
}

const login = await fetch(`${values.url}/api/v1/auth/login`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: values.email, password: values.password }),
});
if (!login.ok) throw new Error(`login: HTTP ${login.status} ${await login.text()}`);
const token = (await login.json()).data.accessToken;
const auth = { authorization: `Bearer ${token}` };

const pdf = (size) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode("%PDF-1.7\n"));
  return bytes;
};

async function uploadForm(size, retried = false) {
  const form = new FormData();
  form.set("title", `Memory check ${size / MB} MB`);
  form.set("recordType", "other");
  form.set("file", new File([pdf(size)], "big.pdf", { type: "application/pdf" }));
  let res;
  try {
    res = await fetch(`${values.url}/api/v1/health-records`, {
      method: "POST",
      headers: auth,
      body: form,
    });
  } catch (err) {
    // A server that answers 413 before reading may close the connection while we still send;
    // a connection left over from such an answer fails once, so a fresh one is tried.
    if (!retried) return uploadForm(size, true);
    return `closed before the body was sent (${err.cause?.code ?? err.message})`;
  }
  const body = await res.json();
  if (res.status === 201) {
    await fetch(`${values.url}/api/v1/health-records/${body.data.id}`, {
      method: "DELETE",
      headers: auth,
    });
  }
  return res.status;
}

const boundary = "----swasthai-measure";
async function streamed(size) {
  const enc = new TextEncoder();
  const head = enc.encode(
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nBig\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="recordType"\r\n\r\nother\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.7\n`,
  );
  let sent = 0;
  const chunk = 64 * 1024;
  const body = new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const part = sent === 0 ? head : new Uint8Array(Math.min(chunk, size - sent));
      sent += part.byteLength;
      controller.enqueue(part);
    },
  });
  try {
    const res = await fetch(`${values.url}/api/v1/health-records`, {
      method: "POST",
      headers: { ...auth, "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: "half",
    });
    return { status: res.status, sentMb: +(sent / MB).toFixed(1) };
  } catch (err) {
    // The server may close the connection once it has answered 413.
    return {
      status: `closed (${err.cause?.code ?? err.message})`,
      sentMb: +(sent / MB).toFixed(1),
    };
  }
}

// The refusals first: once the 10 MB upload has grown the heap, freed pages stay resident and
// would hide what a later request costs.
const refusedWithLength = await measured(() => uploadForm(11 * MB));
const refusedStreamed = await measured(() => streamed(11 * MB));
const accepted = await measured(() => uploadForm(10 * MB));
const results = {
  "11 MB (Content-Length, refused)": refusedWithLength,
  "11 MB (chunked, no Content-Length)": refusedStreamed,
  "10 MB (multipart, accepted)": accepted,
};
console.log(JSON.stringify(results, null, 2));
