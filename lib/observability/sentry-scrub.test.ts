import type { ErrorEvent, Event } from "@sentry/nextjs";
import { describe, expect, it } from "vitest";
import { maskText, scrubBreadcrumb, scrubEvent } from "./sentry-scrub";
import { sentryOptions } from "./sentry-options";

/** An error event as @sentry/nextjs builds it for a failed booking request. */
function bookingErrorEvent(): ErrorEvent {
  return {
    type: undefined,
    event_id: "b1c2",
    level: "error",
    message: "Booking failed for asha.patel@example.in (+91 98765 43210)",
    exception: {
      values: [
        {
          type: "PostgresError",
          stacktrace: {
            frames: [
              {
                filename: "/app/.next/server/chunks/812.js",
                function: "bookAppointment",
                lineno: 1,
                colno: 4211,
                context_line: 'const reason = "chest pain since Tuesday";',
                vars: { body: { reason: "chest pain since Tuesday" } },
              },
            ],
          },
          value:
            'duplicate key value violates unique constraint "users_email_lower_uniq": Key (lower(email))=(asha.patel@example.in) already exists; ABHA 91-2345-6789-0123',
        },
      ],
    },
    request: {
      method: "POST",
      url: "https://swasthai.example.org/api/v1/appointments?phone=9876543210&token=abc123",
      query_string: "phone=9876543210&token=abc123",
      cookies: { "authjs.session-token": "eyJhbGciOi" },
      data: { reason: "chest pain since Tuesday", symptoms: ["chest pain"] },
      headers: {
        "User-Agent": "Mozilla/5.0",
        "content-type": "application/json",
        cookie: "authjs.session-token=eyJhbGciOi",
        authorization: "Bearer sk_live_123",
        "x-forwarded-for": "203.0.113.5",
        referer: "https://swasthai.example.org/doctors?q=cardio&phone=9876543210",
        "x-request-id": "req-12345678",
      },
      env: { REMOTE_ADDR: "203.0.113.5" },
    },
    user: { id: "42", email: "asha.patel@example.in", ip_address: "203.0.113.5", username: "asha" },
    extra: {
      appointmentId: 981,
      patient: {
        fullName: "Asha Patel",
        dob: "1988-04-12",
        healthProfile: { allergies: ["penicillin"], conditions: ["diabetes"], bloodGroup: "B+" },
        visitNotes: "HbA1c 8.1",
      },
      note: "called from /book",
    },
    contexts: {
      runtime: { name: "node", version: "v20.19.0" },
      trace: { trace_id: "4bf92f3577b34da6a3ce929d0e0e4736", span_id: "00f067aa0ba902b7" },
      nextjs: { request_path: "/api/v1/appointments?token=abc123", route_type: "route" },
      booking: { diagnosis: "angina", prescription: "aspirin 75mg", phoneNumber: "9876543210" },
    },
    tags: { route: "/api/v1/appointments", otp: "482913" },
    breadcrumbs: [
      { category: "console", message: "sending OTP to +91 98765 43210", level: "info" },
      {
        category: "fetch",
        data: {
          method: "POST",
          url: "https://api.twilio.com/Messages.json?To=%2B919876543210",
          status_code: 201,
        },
      },
      { category: "navigation", data: { from: "/reset-password?token=9f8e7d", to: "/sign-in" } },
    ],
  };
}

describe("scrubbing Sentry events", () => {
  const event = scrubEvent(bookingErrorEvent());
  const sent = JSON.stringify(event);

  it("sends no health data, contact details or secrets anywhere in the event", () => {
    for (const secret of [
      "asha.patel@example.in",
      "9876543210",
      "98765 43210",
      "91-2345-6789-0123",
      "chest pain",
      "penicillin",
      "diabetes",
      "angina",
      "aspirin",
      "HbA1c",
      "1988-04-12",
      "eyJhbGciOi",
      "sk_live_123",
      "abc123",
      "9f8e7d",
      "203.0.113.5",
      "482913",
      "Asha Patel",
    ]) {
      expect(sent, secret).not.toContain(secret);
    }
  });

  it("keeps what is needed to debug: the request path, safe headers, the user id, the trace", () => {
    expect(event.request).toEqual({
      method: "POST",
      url: "https://swasthai.example.org/api/v1/appointments",
      headers: {
        "User-Agent": "Mozilla/5.0",
        "content-type": "application/json",
        "x-request-id": "req-12345678",
      },
    });
    expect(event.user).toEqual({ id: "42" });
    expect(event.extra?.appointmentId).toBe(981);
    expect(event.contexts?.runtime).toEqual({ name: "node", version: "v20.19.0" });
    expect(event.contexts?.trace).toMatchObject({ trace_id: "4bf92f3577b34da6a3ce929d0e0e4736" });
    expect(event.tags?.route).toBe("/api/v1/appointments");
    expect(event.exception?.values?.[0]?.value).toBe(
      'duplicate key value violates unique constraint "users_email_lower_uniq": Key (lower(email))=([email]) already exists; ABHA [abha]',
    );
    expect(event.message).toBe("Booking failed for [email] ([phone])");
    expect(event.exception?.values?.[0]?.stacktrace?.frames).toEqual([
      {
        filename: "/app/.next/server/chunks/812.js",
        function: "bookAppointment",
        lineno: 1,
        colno: 4211,
      },
    ]);
    expect(event.contexts?.nextjs).toEqual({
      request_path: "/api/v1/appointments",
      route_type: "route",
    });
  });

  it("cuts query strings from breadcrumbs and masks their messages", () => {
    expect(event.breadcrumbs?.map((b) => [b.message, b.data])).toEqual([
      ["sending OTP to [phone]", undefined],
      [
        undefined,
        { method: "POST", url: "https://api.twilio.com/Messages.json", status_code: 201 },
      ],
      [undefined, { from: "/reset-password", to: "/sign-in" }],
    ]);
  });

  it("scrubs a transaction's name and spans", () => {
    const transaction: Event = {
      type: "transaction",
      transaction: "GET /records?abha=91-2345-6789-0123",
      spans: [
        {
          span_id: "a1",
          trace_id: "4bf92f3577b34da6a3ce929d0e0e4736",
          start_timestamp: 1,
          status: "ok",
          description: "GET https://abhasbx.abdm.gov.in/abha/api/v3/profile?mobile=9876543210",
          data: { "http.query": "mobile=9876543210", "db.statement": "select 1" },
        },
      ],
    };
    const out = scrubEvent(transaction);
    expect(out.transaction).toBe("GET /records");
    expect(out.spans?.[0]?.description).toBe("GET https://abhasbx.abdm.gov.in/abha/api/v3/profile");
    expect(JSON.stringify(out)).not.toContain("9876543210");
    expect(out.spans?.[0]?.data?.["db.statement"]).toBe("select 1");
  });

  it("leaves the original event untouched", () => {
    const original = bookingErrorEvent();
    scrubEvent(original);
    expect(original.request?.cookies).toEqual({ "authjs.session-token": "eyJhbGciOi" });
  });
});

describe("masking text", () => {
  it.each([
    ["mail asha.patel@example.in now", "mail [email] now"],
    ["ABHA address asha.patel@abdm linked", "ABHA address [abha] linked"],
    ["ABHA 91234567890123", "ABHA [abha]"],
    ["call 9876543210", "call [phone]"],
    ["call +91-98765-43210 today", "call [phone] today"],
    ["call +1 415 555 0100", "call [phone]"],
  ])("%s", (input, expected) => {
    expect(maskText(input)).toBe(expected);
  });

  it("leaves ids, counts and request ids alone", () => {
    const text = "appointment 981 of 123e4567-e89b-12d3-a456-426614174000 took 1532 ms, status 503";
    expect(maskText(text)).toBe(text);
  });

  it("a breadcrumb without data or message passes through", () => {
    expect(scrubBreadcrumb({ category: "ui.click" })).toEqual({ category: "ui.click" });
  });
});

describe("Sentry options", () => {
  it("never sends default PII, samples no transactions by default and scrubs every event", () => {
    const options = sentryOptions({ dsn: "https://key@o1.ingest.sentry.io/1" });
    expect(options).toMatchObject({
      sendDefaultPii: false,
      includeLocalVariables: false,
      tracesSampleRate: 0,
      beforeSend: scrubEvent,
      beforeSendTransaction: scrubEvent,
      beforeBreadcrumb: scrubBreadcrumb,
    });
    expect(sentryOptions({ dsn: "x", tracesSampleRate: 0.2 }).tracesSampleRate).toBe(0.2);
  });
});
