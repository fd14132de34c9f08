import { relations } from "drizzle-orm";
import { accounts } from "./accounts";
import { addresses } from "./addresses";
import { appointments } from "./appointments";
import { articleComments } from "./article-comments";
import { articles } from "./articles";
import { coachConversations } from "./coach-conversations";
import { coachMessages } from "./coach-messages";
import { doctorAvailability } from "./doctor-availability";
import { doctorDocuments } from "./doctor-documents";
import { doctorTimeOff } from "./doctor-time-off";
import { doctors } from "./doctors";
import { emergencyNotifications } from "./emergency-notifications";
import { emergencyRequests } from "./emergency-requests";
import { facilities } from "./facilities";
import { forumPosts } from "./forum-posts";
import { forumReplies } from "./forum-replies";
import { healthProfiles } from "./health-profiles";
import { healthRecords } from "./health-records";
import { labBookingItems } from "./lab-booking-items";
import { labBookings } from "./lab-bookings";
import { labPackageItems } from "./lab-package-items";
import { labTests } from "./lab-tests";
import { medicineOrderItems } from "./medicine-order-items";
import { medicineOrders } from "./medicine-orders";
import { medicines } from "./medicines";
import { prescriptionItems } from "./prescription-items";
import { prescriptions } from "./prescriptions";
import { ratings } from "./ratings";
import { symptomChecks } from "./symptom-checks";
import { users } from "./users";
import { videoSessions } from "./video-sessions";

/**
 * Relations for `db.query.*` (the relational query API). Only the main ownership paths; write
 * explicit joins for anything else. Tables with two foreign keys to one table name the relation.
 */

export const usersRelations = relations(users, ({ one, many }) => ({
  healthProfile: one(healthProfiles),
  doctorProfile: one(doctors),
  accounts: many(accounts),
  addresses: many(addresses),
  healthRecords: many(healthRecords, { relationName: "recordOwner" }),
}));

export const accountsRelations = relations(accounts, ({ one }) => ({
  user: one(users, { fields: [accounts.userId], references: [users.id] }),
}));

export const addressesRelations = relations(addresses, ({ one }) => ({
  user: one(users, { fields: [addresses.userId], references: [users.id] }),
}));

export const healthProfilesRelations = relations(healthProfiles, ({ one }) => ({
  user: one(users, { fields: [healthProfiles.userId], references: [users.id] }),
}));

export const healthRecordsRelations = relations(healthRecords, ({ one }) => ({
  owner: one(users, {
    fields: [healthRecords.userId],
    references: [users.id],
    relationName: "recordOwner",
  }),
}));

export const facilitiesRelations = relations(facilities, ({ many }) => ({
  doctors: many(doctors),
}));

export const doctorsRelations = relations(doctors, ({ one, many }) => ({
  user: one(users, { fields: [doctors.userId], references: [users.id] }),
  facility: one(facilities, { fields: [doctors.facilityId], references: [facilities.id] }),
  availability: many(doctorAvailability),
  timeOff: many(doctorTimeOff),
  documents: many(doctorDocuments),
  ratings: many(ratings),
  appointments: many(appointments),
}));

export const doctorAvailabilityRelations = relations(doctorAvailability, ({ one }) => ({
  doctor: one(doctors, { fields: [doctorAvailability.doctorId], references: [doctors.id] }),
}));

export const doctorTimeOffRelations = relations(doctorTimeOff, ({ one }) => ({
  doctor: one(doctors, { fields: [doctorTimeOff.doctorId], references: [doctors.id] }),
}));

export const doctorDocumentsRelations = relations(doctorDocuments, ({ one }) => ({
  doctor: one(doctors, { fields: [doctorDocuments.doctorId], references: [doctors.id] }),
}));

export const appointmentsRelations = relations(appointments, ({ one }) => ({
  patient: one(users, { fields: [appointments.patientId], references: [users.id] }),
  doctor: one(doctors, { fields: [appointments.doctorId], references: [doctors.id] }),
  symptomCheck: one(symptomChecks, {
    fields: [appointments.symptomCheckId],
    references: [symptomChecks.id],
  }),
  rescheduledFrom: one(appointments, {
    fields: [appointments.rescheduledFromId],
    references: [appointments.id],
  }),
  prescription: one(prescriptions),
  videoSession: one(videoSessions),
}));

export const videoSessionsRelations = relations(videoSessions, ({ one }) => ({
  appointment: one(appointments, {
    fields: [videoSessions.appointmentId],
    references: [appointments.id],
  }),
}));

export const ratingsRelations = relations(ratings, ({ one }) => ({
  patient: one(users, { fields: [ratings.patientId], references: [users.id] }),
  doctor: one(doctors, { fields: [ratings.doctorId], references: [doctors.id] }),
}));

export const prescriptionsRelations = relations(prescriptions, ({ one, many }) => ({
  appointment: one(appointments, {
    fields: [prescriptions.appointmentId],
    references: [appointments.id],
  }),
  patient: one(users, { fields: [prescriptions.patientId], references: [users.id] }),
  doctor: one(doctors, { fields: [prescriptions.doctorId], references: [doctors.id] }),
  record: one(healthRecords, { fields: [prescriptions.recordId], references: [healthRecords.id] }),
  items: many(prescriptionItems),
}));

export const prescriptionItemsRelations = relations(prescriptionItems, ({ one }) => ({
  prescription: one(prescriptions, {
    fields: [prescriptionItems.prescriptionId],
    references: [prescriptions.id],
  }),
  medicine: one(medicines, { fields: [prescriptionItems.medicineId], references: [medicines.id] }),
}));

export const medicineOrdersRelations = relations(medicineOrders, ({ one, many }) => ({
  user: one(users, { fields: [medicineOrders.userId], references: [users.id] }),
  items: many(medicineOrderItems),
}));

export const medicineOrderItemsRelations = relations(medicineOrderItems, ({ one }) => ({
  order: one(medicineOrders, {
    fields: [medicineOrderItems.orderId],
    references: [medicineOrders.id],
  }),
  medicine: one(medicines, { fields: [medicineOrderItems.medicineId], references: [medicines.id] }),
}));

export const labTestsRelations = relations(labTests, ({ many }) => ({
  packageItems: many(labPackageItems, { relationName: "packageItems" }),
}));

export const labPackageItemsRelations = relations(labPackageItems, ({ one }) => ({
  package: one(labTests, {
    fields: [labPackageItems.packageId],
    references: [labTests.id],
    relationName: "packageItems",
  }),
  test: one(labTests, {
    fields: [labPackageItems.testId],
    references: [labTests.id],
    relationName: "packageTest",
  }),
}));

export const labBookingsRelations = relations(labBookings, ({ one, many }) => ({
  user: one(users, { fields: [labBookings.userId], references: [users.id] }),
  items: many(labBookingItems),
  report: one(healthRecords, {
    fields: [labBookings.reportRecordId],
    references: [healthRecords.id],
  }),
}));

export const labBookingItemsRelations = relations(labBookingItems, ({ one }) => ({
  booking: one(labBookings, { fields: [labBookingItems.bookingId], references: [labBookings.id] }),
  labTest: one(labTests, { fields: [labBookingItems.labTestId], references: [labTests.id] }),
}));

export const forumPostsRelations = relations(forumPosts, ({ one, many }) => ({
  author: one(users, { fields: [forumPosts.authorId], references: [users.id] }),
  replies: many(forumReplies),
}));

export const forumRepliesRelations = relations(forumReplies, ({ one }) => ({
  post: one(forumPosts, { fields: [forumReplies.postId], references: [forumPosts.id] }),
  author: one(users, { fields: [forumReplies.authorId], references: [users.id] }),
}));

export const articlesRelations = relations(articles, ({ many }) => ({
  comments: many(articleComments),
}));

export const articleCommentsRelations = relations(articleComments, ({ one }) => ({
  article: one(articles, { fields: [articleComments.articleId], references: [articles.id] }),
  user: one(users, { fields: [articleComments.userId], references: [users.id] }),
}));

export const coachConversationsRelations = relations(coachConversations, ({ one, many }) => ({
  user: one(users, { fields: [coachConversations.userId], references: [users.id] }),
  messages: many(coachMessages),
}));

export const coachMessagesRelations = relations(coachMessages, ({ one }) => ({
  conversation: one(coachConversations, {
    fields: [coachMessages.conversationId],
    references: [coachConversations.id],
  }),
}));

export const emergencyRequestsRelations = relations(emergencyRequests, ({ many }) => ({
  notifications: many(emergencyNotifications),
}));

export const emergencyNotificationsRelations = relations(emergencyNotifications, ({ one }) => ({
  request: one(emergencyRequests, {
    fields: [emergencyNotifications.requestId],
    references: [emergencyRequests.id],
  }),
  facility: one(facilities, {
    fields: [emergencyNotifications.facilityId],
    references: [facilities.id],
  }),
}));

export const symptomChecksRelations = relations(symptomChecks, ({ one }) => ({
  user: one(users, { fields: [symptomChecks.userId], references: [users.id] }),
}));
