import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  accounts,
  addresses,
  appointments,
  articles,
  authSessions,
  forumPosts,
  forumReplies,
  healthProfiles,
  healthRecords,
  labBookingItems,
  labBookings,
  labTests,
  medicineOrderItems,
  medicineOrders,
  notifications,
  ratings,
  recordAccessLog,
  recordShareItems,
  recordShares,
  refreshTokens,
  savedArticles,
  symptomChecks,
} from "@/db/schema";
import { createDoctor, createUser } from "@/tests/factories";
import { actorFor } from "@/tests/factories-users";
import { exportUser } from "./export";
import { userExportSchema } from "./schemas";

const address = {
  name: "Asha",
  phone: "+919876543210",
  line1: "12 MG Road",
  city: "Pune",
  state: "Maharashtra",
  pincode: "411001",
};

describe("exportUser", () => {
  it("contains my data across the platform and no secrets or internal ids", async () => {
    const me = await createUser({
      fullName: "Asha Verma",
      passwordHash: "$argon2id$secret-hash",
      photoKey: "photos/11111111-1111-4111-8111-111111111111.png",
    });
    const other = await createUser({ fullName: "Someone Else" });
    const { doctor, user: doctorUser } = await createDoctor({ name: "Dr. Mehta" });

    await db
      .insert(healthProfiles)
      .values({ userId: me.id, conditions: ["Asthma"], abhaNumber: "91234567890123" });
    await db.insert(accounts).values({
      userId: me.id,
      type: "oauth",
      provider: "google",
      providerAccountId: "g-1",
      accessToken: "oauth-access-token",
      refreshToken: "oauth-refresh-token",
    });
    await db.insert(refreshTokens).values({
      userId: me.id,
      tokenHash: "refresh-token-hash",
      familyId: crypto.randomUUID(),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const [browserSession] = await db
      .insert(authSessions)
      .values({ userId: me.id, expiresAt: new Date(Date.now() + 86_400_000) })
      .returning();
    await db.insert(addresses).values({ userId: me.id, ...address });
    const [appointment] = await db
      .insert(appointments)
      .values({
        patientId: me.id,
        doctorId: doctor.id,
        date: "2026-05-01",
        time: "10:00",
        consultationType: "online",
        status: "completed",
        fee: "400.00",
        symptoms: "cough",
      })
      .returning();
    const [record] = await db
      .insert(healthRecords)
      .values({
        userId: me.id,
        recordType: "lab_report",
        title: "CBC report",
        fileKey: "records/22222222-2222-4222-8222-222222222222.pdf",
        mimeType: "application/pdf",
        sizeBytes: 1234,
      })
      .returning();
    const [order] = await db
      .insert(medicineOrders)
      .values({
        orderNumber: "ORD-1",
        userId: me.id,
        subtotal: "100.00",
        total: "100.00",
        paymentMethod: "cod",
        deliveryAddress: address,
      })
      .returning();
    await db.insert(medicineOrderItems).values({
      orderId: order!.id,
      nameSnapshot: "Paracetamol 500 mg",
      unitPrice: "20.00",
      quantity: 5,
    });
    const [test] = await db
      .insert(labTests)
      .values({
        code: "CBC",
        name: "Complete blood count",
        category: "blood",
        price: "300.00",
        mrp: "350.00",
      })
      .returning();
    const [booking] = await db
      .insert(labBookings)
      .values({
        userId: me.id,
        bookingType: "lab_visit",
        date: "2026-05-02",
        timeSlot: "09:00",
        total: "300.00",
      })
      .returning();
    await db.insert(labBookingItems).values({
      bookingId: booking!.id,
      labTestId: test!.id,
      nameSnapshot: "Complete blood count",
      priceSnapshot: "300.00",
    });
    const [post] = await db
      .insert(forumPosts)
      .values({ authorId: me.id, title: "Managing asthma", content: "Tips?" })
      .returning();
    await db
      .insert(forumReplies)
      .values({ postId: post!.id, authorId: me.id, content: "My own reply" });
    await db.insert(forumPosts).values({ authorId: other.id, title: "Not mine", content: "Other" });
    await db.insert(ratings).values({
      patientId: me.id,
      doctorId: doctor.id,
      appointmentId: appointment!.id,
      rating: 5,
      review: "Great",
    });
    await db
      .insert(symptomChecks)
      .values({ userId: me.id, symptoms: ["fever"], status: "in_progress" });
    await db
      .insert(notifications)
      .values({ userId: me.id, title: "Reminder", body: "Your appointment" });
    const [share] = await db
      .insert(recordShares)
      .values({
        ownerId: me.id,
        doctorId: doctor.id,
        scope: "selected",
        expiresAt: new Date(Date.now() + 86_400_000),
      })
      .returning();
    await db.insert(recordShareItems).values({ shareId: share!.id, recordId: record!.id });
    await db.insert(recordAccessLog).values({
      ownerId: me.id,
      recordId: record!.id,
      recordTitle: "CBC report",
      accessedBy: doctorUser.id,
      action: "view",
      door: "page",
      reason: "record share",
    });
    const [article] = await db
      .insert(articles)
      .values({
        slug: "asthma-basics",
        title: "Asthma basics",
        excerpt: "x",
        body: "y",
        category: "nutrition",
      })
      .returning();
    await db.insert(savedArticles).values({ userId: me.id, articleId: article!.id });

    const doc = await exportUser(actorFor(me));

    expect(doc.user).toMatchObject({
      id: me.uuid,
      email: me.email,
      fullName: "Asha Verma",
      hasPassword: true,
      hasPhoto: true,
    });
    expect(doc.healthProfile).toMatchObject({
      conditions: ["Asthma"],
      abha: { abhaNumber: "91-2345-6789-0123" },
    });
    expect(doc.linkedAccounts).toEqual([expect.objectContaining({ provider: "google" })]);
    expect(doc.browserSessions).toEqual([
      expect.objectContaining({ signedInAt: browserSession!.createdAt, signedOutAt: null }),
    ]);
    expect(doc.addresses).toHaveLength(1);
    expect(doc.appointments).toEqual([
      expect.objectContaining({
        id: appointment!.uuid,
        doctorId: doctor.uuid,
        doctorName: "Dr. Mehta",
        symptoms: "cough",
      }),
    ]);
    expect(doc.healthRecords).toEqual([
      expect.objectContaining({
        id: record!.uuid,
        title: "CBC report",
        mimeType: "application/pdf",
      }),
    ]);
    expect(doc.medicineOrders).toEqual([
      expect.objectContaining({
        id: order!.uuid,
        items: [expect.objectContaining({ name: "Paracetamol 500 mg", quantity: 5 })],
      }),
    ]);
    expect(doc.labBookings).toEqual([
      expect.objectContaining({
        id: booking!.uuid,
        tests: [expect.objectContaining({ name: "Complete blood count" })],
      }),
    ]);
    expect(doc.forumPosts.map((p) => p.title)).toEqual(["Managing asthma"]);
    expect(doc.forumReplies).toEqual([
      expect.objectContaining({ postId: post!.uuid, content: "My own reply" }),
    ]);
    expect(doc.ratings).toEqual([expect.objectContaining({ rating: 5, doctorName: "Dr. Mehta" })]);
    expect(doc.symptomChecks).toHaveLength(1);
    expect(doc.notifications).toHaveLength(1);
    expect(doc.recordShares).toEqual([
      expect.objectContaining({ recordIds: [record!.uuid], doctorId: doctor.uuid }),
    ]);
    expect(doc.recordAccessLog).toEqual([
      expect.objectContaining({
        recordTitle: "CBC report",
        accessedBy: "Dr. Mehta",
        action: "view",
      }),
    ]);
    expect(doc.savedArticles).toEqual([expect.objectContaining({ slug: "asthma-basics" })]);

    const json = JSON.stringify(doc);
    for (const secret of [
      "secret-hash",
      "oauth-access-token",
      "oauth-refresh-token",
      "refresh-token-hash",
      browserSession!.id,
      "photos/",
      "records/",
      "passwordHash",
      "tokenHash",
      "fileKey",
    ]) {
      expect(json).not.toContain(secret);
    }
    expect(json).not.toContain("Someone Else");
    expect(json).not.toContain("Not mine");
    // No internal serial ids: every "id" is a UUID.
    const ids = [...json.matchAll(/"(?:id|[a-z]+Id)":("[^"]*"|\d+|null)/g)].map((m) => m[1]);
    for (const id of ids) expect(id === "null" || /^"[0-9a-f-]{36}"$/.test(id!)).toBe(true);
  });

  it("is empty but complete for a new user", async () => {
    const me = await createUser();
    const doc = await exportUser(actorFor(me));
    expect(doc.appointments).toEqual([]);
    expect(doc.healthProfile.onboardingCompleted).toBe(false);
    expect(doc.notificationPreferences).toBeNull();
  });

  it("has exactly the documented sections, in the documented order", async () => {
    const doc = await exportUser(actorFor(await createUser()));
    expect(Object.keys(doc)).toEqual(Object.keys(userExportSchema.shape));
    expect(userExportSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);
  });
});
