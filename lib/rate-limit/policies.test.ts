import { describe, expect, it } from "vitest";
import { ipv6Prefix64, normaliseKey, requesterKey } from "./keys";
import { rateLimitPolicies, resolvePolicy } from "./policies";

describe("rate-limit policies", () => {
  it("has the agreed numbers", () => {
    const table = Object.fromEntries(
      Object.entries(rateLimitPolicies).map(([name, p]) => [
        name,
        `${p.limit}/${p.windowSeconds}s per ${p.key}`,
      ]),
    );
    expect(table).toEqual({
      login_ip: "20/60s per ip",
      login_account: "10/900s per email",
      register_ip: "10/3600s per ip",
      forgot_email: "5/3600s per email",
      forgot_ip: "20/3600s per ip",
      refresh_ip: "60/60s per ip",
      api_user: "600/60s per user",
      api_anonymous_ip: "300/60s per ip",
      forgot_requester: "5/3600s per ip+email",
      forgot_target: "20/3600s per email",
      register_global: "300/3600s per global",
      login_global: "300/60s per global",
      forgot_global: "120/3600s per global",
      refresh_global: "3000/60s per global",
      api_anonymous_global: "3000/60s per global",
      abha_otp_request: "5/3600s per user",
      abha_otp_verify: "5/900s per user",
      record_upload: "60/3600s per user",
      doctor_document_upload: "30/3600s per user",
      calendar_feed_ip: "60/60s per ip",
      emergency_ip: "10/3600s per ip",
      emergency_phone: "5/3600s per phone",
      emergency_global: "300/3600s per global",
      coach_message: "30/600s per user",
      symptom_check_user: "60/3600s per user",
      symptom_check_ip: "60/3600s per ip",
      symptom_check_global: "1200/3600s per global",
      cart_write: "120/60s per user",
      lab_booking: "30/3600s per user",
      lab_report_upload: "120/3600s per user",
      payment_start: "30/600s per user",
      payment_verify: "30/600s per user",
      medicine_order_change: "60/3600s per user",
      address_write: "60/3600s per user",
      push_subscription_write: "30/3600s per user",
      medicine_order_place: "30/3600s per user",
      support_ticket_user: "10/3600s per user",
      support_ticket_ip: "5/3600s per ip",
      support_ticket_email: "5/3600s per email",
      support_ticket_global: "100/3600s per global",
      support_message_user: "30/3600s per user",
      notification_write: "120/60s per user",
      forum_post: "10/3600s per user",
      forum_reply: "60/3600s per user",
      forum_vote: "120/60s per user",
      forum_report: "20/3600s per user",
      forum_edit: "60/3600s per user",
      article_comment: "20/3600s per user",
      otp_request_phone: "5/3600s per phone",
      otp_request_ip: "20/3600s per ip",
      otp_request_global: "300/3600s per global",
      otp_verify_ip: "30/600s per ip",
      otp_verify_global: "600/60s per global",
    });
  });

  it("scales limits, never below one", () => {
    expect(resolvePolicy("login_ip")).toEqual({ name: "login_ip", limit: 20, windowMs: 60_000 });
    expect(resolvePolicy("login_ip", 50).limit).toBe(1000);
    expect(resolvePolicy("forgot_email", 0.5).limit).toBe(2);
    expect(resolvePolicy("forgot_email", 0.01).limit).toBe(1);
  });
});

describe("rate-limit keys", () => {
  it("normalises emails, IPv6 to /64, and leaves the rest", () => {
    expect(normaliseKey("email", "  Asha@Example.COM ")).toBe("asha@example.com");
    expect(normaliseKey("ip", "2001:DB8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(normaliseKey("ip", "203.0.113.9")).toBe("203.0.113.9");
    expect(normaliseKey("ip", "direct")).toBe("direct");
    expect(normaliseKey("user", " 42 ")).toBe("42");
  });

  it("normalises a requester-and-target key part by part", () => {
    expect(requesterKey("2001:DB8:1:2:3:4:5:6", " Asha@Example.COM")).toBe(
      "2001:db8:1:2::/64 asha@example.com",
    );
    expect(normaliseKey("ip+email", "2001:db8:1:2::9 ASHA@example.com")).toBe(
      requesterKey("2001:db8:1:2::7", "asha@example.com"),
    );
    expect(normaliseKey("ip+email", "203.0.113.9 Asha@X.in")).toBe("203.0.113.9 asha@x.in");
  });

  it.each([
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
    ["2001:0db8:00aa:0001::", "2001:db8:aa:1::/64"],
    ["fe80::1:2:3:4", "fe80:0:0:0::/64"],
    ["2001:db8:1:2:3::", "2001:db8:1:2::/64"],
    ["::ffff:1.2.3.4", "0:0:0:0::/64"],
  ])("ipv6Prefix64(%s) = %s", (address, prefix) => {
    expect(ipv6Prefix64(address)).toBe(prefix);
  });
});
