import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  accounts,
  addresses,
  appointments,
  articleComments,
  articles,
  coachConversations,
  coachMessages,
  doctors,
  emergencyRequests,
  forumPosts,
  forumReplies,
  healthRecords,
  labBookingItems,
  labBookings,
  medicineOrderItems,
  medicineOrders,
  notificationPreferences,
  notifications,
  payments,
  prescriptionItems,
  prescriptions,
  ratings,
  recordAccessLog,
  recordShares,
  savedArticles,
  supportTickets,
  symptomChecks,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { toHealthProfileDto } from "@/lib/health-profile/mappers";
import { loadHealthProfileRow } from "@/lib/health-profile/store";
import { resolveTargetUser } from "./access";

const doctorUser = alias(users, "doctor_user");
const accessor = alias(users, "accessor");

/** Groups child rows under their parent's internal id (which itself never leaves the server). */
function groupBy<T extends { parentId: number }>(rows: T[]): Map<number, Omit<T, "parentId">[]> {
  const map = new Map<number, Omit<T, "parentId">[]>();
  for (const { parentId, ...rest } of rows) {
    const list = map.get(parentId) ?? [];
    list.push(rest);
    map.set(parentId, list);
  }
  return map;
}

const withChildren = <P extends { id: number }, C>(
  parents: P[],
  children: Map<number, C[]>,
  key: string,
) => parents.map(({ id, ...rest }) => ({ ...rest, [key]: children.get(id) ?? [] }));

/**
 * Everything the platform holds about the actor, as one JSON-ready document (data portability).
 * Named columns only: public ids instead of internal ones, and never a password hash, token hash,
 * OAuth token or storage key.
 */
export async function exportUser(actor: Actor) {
  const me = await resolveTargetUser(actor, "me");
  const id = me.id;

  const [account] = await db
    .select({
      id: users.uuid,
      email: users.email,
      fullName: users.fullName,
      phone: users.phone,
      role: users.role,
      locale: users.locale,
      emailVerifiedAt: users.emailVerifiedAt,
      lastLoginAt: users.lastLoginAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
      hasPhoto: users.photoKey,
      hasPassword: users.passwordHash,
    })
    .from(users)
    .where(eq(users.id, id));

  const doctorName = { doctorId: doctors.uuid, doctorName: doctorUser.fullName };
  const [
    healthProfile,
    linkedAccounts,
    savedAddresses,
    myAppointments,
    myPrescriptions,
    records,
    orders,
    bookings,
    posts,
    replies,
    myRatings,
    checks,
    myNotifications,
    shares,
    accessLog,
    saved,
    comments,
    conversations,
    myPayments,
    tickets,
    preferences,
    emergencies,
  ] = await Promise.all([
    loadHealthProfileRow(id).then((row) => toHealthProfileDto(row)),
    db
      .select({ provider: accounts.provider, type: accounts.type, linkedAt: accounts.createdAt })
      .from(accounts)
      .where(eq(accounts.userId, id)),
    db
      .select({
        id: addresses.uuid,
        label: addresses.label,
        name: addresses.name,
        phone: addresses.phone,
        line1: addresses.line1,
        line2: addresses.line2,
        city: addresses.city,
        state: addresses.state,
        pincode: addresses.pincode,
        latitude: addresses.latitude,
        longitude: addresses.longitude,
        isDefault: addresses.isDefault,
        createdAt: addresses.createdAt,
      })
      .from(addresses)
      .where(eq(addresses.userId, id))
      .orderBy(asc(addresses.createdAt)),
    db
      .select({
        id: appointments.uuid,
        ...doctorName,
        date: appointments.date,
        time: appointments.time,
        durationMinutes: appointments.durationMinutes,
        consultationType: appointments.consultationType,
        status: appointments.status,
        symptoms: appointments.symptoms,
        chiefComplaint: appointments.chiefComplaint,
        fee: appointments.fee,
        paymentStatus: appointments.paymentStatus,
        doctorNotes: appointments.doctorNotes,
        cancelReason: appointments.cancelReason,
        cancelledAt: appointments.cancelledAt,
        rejectionReason: appointments.rejectionReason,
        completedAt: appointments.completedAt,
        createdAt: appointments.createdAt,
      })
      .from(appointments)
      .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
      .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
      .where(eq(appointments.patientId, id))
      .orderBy(asc(appointments.date), asc(appointments.time)),
    loadPrescriptions(id),
    db
      .select({
        id: healthRecords.uuid,
        recordType: healthRecords.recordType,
        title: healthRecords.title,
        description: healthRecords.description,
        documentDate: healthRecords.documentDate,
        doctorName: healthRecords.doctorName,
        hospitalName: healthRecords.hospitalName,
        mimeType: healthRecords.mimeType,
        sizeBytes: healthRecords.sizeBytes,
        source: healthRecords.source,
        createdAt: healthRecords.createdAt,
      })
      .from(healthRecords)
      .where(eq(healthRecords.userId, id))
      .orderBy(asc(healthRecords.createdAt)),
    loadOrders(id),
    loadLabBookings(id),
    db
      .select({
        id: forumPosts.uuid,
        title: forumPosts.title,
        content: forumPosts.content,
        category: forumPosts.category,
        upvotes: forumPosts.upvotes,
        views: forumPosts.views,
        replyCount: forumPosts.replyCount,
        createdAt: forumPosts.createdAt,
        updatedAt: forumPosts.updatedAt,
      })
      .from(forumPosts)
      .where(eq(forumPosts.authorId, id))
      .orderBy(asc(forumPosts.createdAt)),
    db
      .select({
        id: forumReplies.uuid,
        postId: forumPosts.uuid,
        content: forumReplies.content,
        upvotes: forumReplies.upvotes,
        createdAt: forumReplies.createdAt,
      })
      .from(forumReplies)
      .innerJoin(forumPosts, eq(forumPosts.id, forumReplies.postId))
      .where(eq(forumReplies.authorId, id))
      .orderBy(asc(forumReplies.createdAt)),
    db
      .select({
        id: ratings.uuid,
        ...doctorName,
        rating: ratings.rating,
        review: ratings.review,
        wouldRecommend: ratings.wouldRecommend,
        createdAt: ratings.createdAt,
      })
      .from(ratings)
      .innerJoin(doctors, eq(doctors.id, ratings.doctorId))
      .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
      .where(eq(ratings.patientId, id)),
    db
      .select({
        id: symptomChecks.uuid,
        symptoms: symptomChecks.symptoms,
        description: symptomChecks.freeText,
        age: symptomChecks.age,
        sex: symptomChecks.sex,
        durationDays: symptomChecks.durationDays,
        followUp: symptomChecks.followUp,
        severity: symptomChecks.severity,
        possibleConditions: symptomChecks.possibleConditions,
        recommendedSpecialty: symptomChecks.recommendedSpecialty,
        summary: symptomChecks.summary,
        advice: symptomChecks.advice,
        redFlags: symptomChecks.redFlags,
        status: symptomChecks.status,
        completedAt: symptomChecks.completedAt,
        createdAt: symptomChecks.createdAt,
      })
      .from(symptomChecks)
      .where(eq(symptomChecks.userId, id))
      .orderBy(asc(symptomChecks.createdAt)),
    db
      .select({
        id: notifications.uuid,
        type: notifications.type,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        priority: notifications.priority,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(eq(notifications.userId, id))
      .orderBy(asc(notifications.createdAt)),
    db
      .select({
        id: recordShares.uuid,
        ...doctorName,
        recordId: healthRecords.uuid,
        expiresAt: recordShares.expiresAt,
        revokedAt: recordShares.revokedAt,
        createdAt: recordShares.createdAt,
      })
      .from(recordShares)
      .innerJoin(doctors, eq(doctors.id, recordShares.doctorId))
      .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
      .leftJoin(healthRecords, eq(healthRecords.id, recordShares.recordId))
      .where(eq(recordShares.ownerId, id))
      .orderBy(asc(recordShares.createdAt)),
    db
      .select({
        id: recordAccessLog.uuid,
        recordId: healthRecords.uuid,
        recordTitle: recordAccessLog.recordTitle,
        accessedBy: accessor.fullName,
        action: recordAccessLog.action,
        reason: recordAccessLog.reason,
        at: recordAccessLog.at,
      })
      .from(recordAccessLog)
      .leftJoin(healthRecords, eq(healthRecords.id, recordAccessLog.recordId))
      .leftJoin(accessor, eq(accessor.id, recordAccessLog.accessedBy))
      .where(eq(recordAccessLog.ownerId, id))
      .orderBy(asc(recordAccessLog.at)),
    db
      .select({ slug: articles.slug, title: articles.title, savedAt: savedArticles.savedAt })
      .from(savedArticles)
      .innerJoin(articles, eq(articles.id, savedArticles.articleId))
      .where(eq(savedArticles.userId, id))
      .orderBy(asc(savedArticles.savedAt)),
    db
      .select({
        id: articleComments.uuid,
        articleSlug: articles.slug,
        body: articleComments.body,
        createdAt: articleComments.createdAt,
      })
      .from(articleComments)
      .innerJoin(articles, eq(articles.id, articleComments.articleId))
      .where(eq(articleComments.userId, id))
      .orderBy(asc(articleComments.createdAt)),
    loadCoachConversations(id),
    db
      .select({
        id: payments.uuid,
        purpose: payments.purpose,
        amount: payments.amount,
        method: payments.method,
        provider: payments.provider,
        providerRef: payments.providerRef,
        status: payments.status,
        createdAt: payments.createdAt,
      })
      .from(payments)
      .where(eq(payments.userId, id))
      .orderBy(asc(payments.createdAt)),
    db
      .select({
        id: supportTickets.uuid,
        subject: supportTickets.subject,
        message: supportTickets.message,
        status: supportTickets.status,
        createdAt: supportTickets.createdAt,
      })
      .from(supportTickets)
      .where(eq(supportTickets.userId, id))
      .orderBy(asc(supportTickets.createdAt)),
    loadNotificationPreferences(id),
    db
      .select({
        id: emergencyRequests.uuid,
        requestNumber: emergencyRequests.requestNumber,
        emergencyType: emergencyRequests.emergencyType,
        patientName: emergencyRequests.patientName,
        patientAge: emergencyRequests.patientAge,
        patientGender: emergencyRequests.patientGender,
        symptoms: emergencyRequests.symptoms,
        address: emergencyRequests.address,
        latitude: emergencyRequests.latitude,
        longitude: emergencyRequests.longitude,
        contactPhone: emergencyRequests.contactPhone,
        status: emergencyRequests.status,
        createdAt: emergencyRequests.createdAt,
      })
      .from(emergencyRequests)
      .where(eq(emergencyRequests.requesterId, id))
      .orderBy(asc(emergencyRequests.createdAt)),
  ]);

  const { hasPhoto, hasPassword, ...user } = account!;
  return {
    format: "swasthai-export/1",
    exportedAt: new Date().toISOString(),
    user: { ...user, hasPhoto: hasPhoto !== null, hasPassword: hasPassword !== null },
    healthProfile,
    linkedAccounts,
    addresses: savedAddresses,
    appointments: myAppointments,
    prescriptions: myPrescriptions,
    healthRecords: records,
    medicineOrders: orders,
    labBookings: bookings,
    forumPosts: posts,
    forumReplies: replies,
    ratings: myRatings,
    symptomChecks: checks,
    notifications: myNotifications,
    notificationPreferences: preferences,
    recordShares: shares,
    recordAccessLog: accessLog,
    savedArticles: saved,
    articleComments: comments,
    coachConversations: conversations,
    payments: myPayments,
    supportTickets: tickets,
    emergencyRequests: emergencies,
  };
}

export type UserExport = Awaited<ReturnType<typeof exportUser>>;

async function loadPrescriptions(userId: number) {
  const rows = await db
    .select({
      id: prescriptions.id,
      prescriptionId: prescriptions.uuid,
      prescriptionNumber: prescriptions.prescriptionNumber,
      doctorId: doctors.uuid,
      doctorName: doctorUser.fullName,
      diagnosis: prescriptions.diagnosis,
      symptoms: prescriptions.symptoms,
      specialInstructions: prescriptions.specialInstructions,
      testsRecommended: prescriptions.testsRecommended,
      followUpDate: prescriptions.followUpDate,
      status: prescriptions.status,
      issuedAt: prescriptions.issuedAt,
    })
    .from(prescriptions)
    .innerJoin(doctors, eq(doctors.id, prescriptions.doctorId))
    .innerJoin(doctorUser, eq(doctorUser.id, doctors.userId))
    // Drafts are the doctor's work in progress, not yet given to the patient.
    .where(and(eq(prescriptions.patientId, userId), ne(prescriptions.status, "draft")))
    .orderBy(asc(prescriptions.createdAt));
  const items = rows.length
    ? await db
        .select({
          parentId: prescriptionItems.prescriptionId,
          name: prescriptionItems.nameSnapshot,
          dosage: prescriptionItems.dosage,
          frequency: prescriptionItems.frequency,
          duration: prescriptionItems.duration,
          quantity: prescriptionItems.quantity,
          instructions: prescriptionItems.instructions,
        })
        .from(prescriptionItems)
        .where(
          inArray(
            prescriptionItems.prescriptionId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return withChildren(rows, groupBy(items), "items").map(({ prescriptionId, ...rest }) => ({
    id: prescriptionId,
    ...rest,
  }));
}

async function loadOrders(userId: number) {
  const rows = await db
    .select({
      id: medicineOrders.id,
      orderId: medicineOrders.uuid,
      orderNumber: medicineOrders.orderNumber,
      status: medicineOrders.status,
      subtotal: medicineOrders.subtotal,
      deliveryFee: medicineOrders.deliveryFee,
      total: medicineOrders.total,
      paymentMethod: medicineOrders.paymentMethod,
      paymentStatus: medicineOrders.paymentStatus,
      deliveryAddress: medicineOrders.deliveryAddress,
      expectedDelivery: medicineOrders.expectedDelivery,
      pharmacyName: medicineOrders.pharmacyName,
      notes: medicineOrders.notes,
      cancelReason: medicineOrders.cancelReason,
      cancelledAt: medicineOrders.cancelledAt,
      dispatchedAt: medicineOrders.dispatchedAt,
      deliveredAt: medicineOrders.deliveredAt,
      createdAt: medicineOrders.createdAt,
    })
    .from(medicineOrders)
    .where(eq(medicineOrders.userId, userId))
    .orderBy(asc(medicineOrders.createdAt));
  const items = rows.length
    ? await db
        .select({
          parentId: medicineOrderItems.orderId,
          name: medicineOrderItems.nameSnapshot,
          unitPrice: medicineOrderItems.unitPrice,
          quantity: medicineOrderItems.quantity,
          dosage: medicineOrderItems.dosage,
        })
        .from(medicineOrderItems)
        .where(
          inArray(
            medicineOrderItems.orderId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return withChildren(rows, groupBy(items), "items").map(({ orderId, ...rest }) => ({
    id: orderId,
    ...rest,
  }));
}

async function loadLabBookings(userId: number) {
  const rows = await db
    .select({
      id: labBookings.id,
      bookingId: labBookings.uuid,
      bookingType: labBookings.bookingType,
      date: labBookings.date,
      timeSlot: labBookings.timeSlot,
      collectionAddress: labBookings.collectionAddress,
      status: labBookings.status,
      total: labBookings.total,
      paymentMethod: labBookings.paymentMethod,
      paymentStatus: labBookings.paymentStatus,
      labName: labBookings.labName,
      cancelReason: labBookings.cancelReason,
      cancelledAt: labBookings.cancelledAt,
      createdAt: labBookings.createdAt,
    })
    .from(labBookings)
    .where(eq(labBookings.userId, userId))
    .orderBy(asc(labBookings.createdAt));
  const items = rows.length
    ? await db
        .select({
          parentId: labBookingItems.bookingId,
          name: labBookingItems.nameSnapshot,
          price: labBookingItems.priceSnapshot,
        })
        .from(labBookingItems)
        .where(
          inArray(
            labBookingItems.bookingId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return withChildren(rows, groupBy(items), "tests").map(({ bookingId, ...rest }) => ({
    id: bookingId,
    ...rest,
  }));
}

async function loadCoachConversations(userId: number) {
  const rows = await db
    .select({
      id: coachConversations.id,
      conversationId: coachConversations.uuid,
      title: coachConversations.title,
      topic: coachConversations.topic,
      status: coachConversations.status,
      createdAt: coachConversations.createdAt,
    })
    .from(coachConversations)
    .where(eq(coachConversations.userId, userId))
    .orderBy(asc(coachConversations.createdAt));
  const messages = rows.length
    ? await db
        .select({
          parentId: coachMessages.conversationId,
          role: coachMessages.role,
          content: coachMessages.content,
          createdAt: coachMessages.createdAt,
        })
        .from(coachMessages)
        .where(
          inArray(
            coachMessages.conversationId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(coachMessages.createdAt))
    : [];
  return withChildren(rows, groupBy(messages), "messages").map(({ conversationId, ...rest }) => ({
    id: conversationId,
    ...rest,
  }));
}

async function loadNotificationPreferences(userId: number) {
  const p = notificationPreferences;
  const [row] = await db
    .select({
      apptReminder: p.apptReminder,
      apptConfirmed: p.apptConfirmed,
      apptRescheduled: p.apptRescheduled,
      medDoseReminder: p.medDoseReminder,
      medRefill: p.medRefill,
      medInteraction: p.medInteraction,
      tipsDaily: p.tipsDaily,
      goalReminders: p.goalReminders,
      weeklyTrends: p.weeklyTrends,
      labReportReady: p.labReportReady,
      recordAdded: p.recordAdded,
      coachMessages: p.coachMessages,
      channelPush: p.channelPush,
      channelSms: p.channelSms,
      channelEmail: p.channelEmail,
      updatedAt: p.updatedAt,
    })
    .from(p)
    .where(eq(p.userId, userId))
    .limit(1);
  return row ?? null;
}
