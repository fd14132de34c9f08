import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  accounts,
  addresses,
  appointments,
  articleComments,
  articles,
  doctors,
  emergencyRequests,
  forumPosts,
  forumReplies,
  healthRecords,
  notifications,
  payments,
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
import { loadHealthProfileRow } from "@/lib/health-profile/queries";
import { resolveTargetUser } from "@/lib/access/target-user";
import {
  loadCoachConversations,
  loadLabBookings,
  loadNotificationPreferences,
  loadOrders,
  loadPrescriptions,
} from "./export-nested";

const doctorUser = alias(users, "doctor_user");
const accessor = alias(users, "accessor");

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
