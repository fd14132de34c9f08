import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import {
  coachConversations,
  coachMessages,
  doctors,
  labBookingItems,
  labBookings,
  medicineOrderItems,
  medicineOrders,
  notificationPreferences,
  prescriptionItems,
  prescriptions,
  users,
} from "@/db/schema";

/** The export's sections that have child rows (items, tests, messages), by the user's internal id. */

const doctorUser = alias(users, "doctor_user");

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

/**
 * Each parent with its children under `key`. `loadChildren` runs once for all parents (not at all
 * when there are none); the internal id that links them is dropped and `publicId` becomes `id`.
 */
async function withChildren<
  P extends { id: number; publicId: unknown },
  C extends { parentId: number },
  K extends string,
>(parents: P[], key: K, loadChildren: (parentIds: number[]) => Promise<C[]>) {
  const children = groupBy(parents.length ? await loadChildren(parents.map((p) => p.id)) : []);
  return parents.map(({ id, publicId, ...rest }) => ({
    id: publicId,
    ...rest,
    ...({ [key]: children.get(id) ?? [] } as Record<K, Omit<C, "parentId">[]>),
  }));
}

export async function loadPrescriptions(userId: number) {
  const rows = await db
    .select({
      id: prescriptions.id,
      publicId: prescriptions.uuid,
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
  return withChildren(rows, "items", (ids) =>
    db
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
      .where(inArray(prescriptionItems.prescriptionId, ids)),
  );
}

export async function loadOrders(userId: number) {
  const rows = await db
    .select({
      id: medicineOrders.id,
      publicId: medicineOrders.uuid,
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
  return withChildren(rows, "items", (ids) =>
    db
      .select({
        parentId: medicineOrderItems.orderId,
        name: medicineOrderItems.nameSnapshot,
        unitPrice: medicineOrderItems.unitPrice,
        quantity: medicineOrderItems.quantity,
        dosage: medicineOrderItems.dosage,
      })
      .from(medicineOrderItems)
      .where(inArray(medicineOrderItems.orderId, ids)),
  );
}

export async function loadLabBookings(userId: number) {
  const rows = await db
    .select({
      id: labBookings.id,
      publicId: labBookings.uuid,
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
  return withChildren(rows, "tests", (ids) =>
    db
      .select({
        parentId: labBookingItems.bookingId,
        name: labBookingItems.nameSnapshot,
        price: labBookingItems.priceSnapshot,
      })
      .from(labBookingItems)
      .where(inArray(labBookingItems.bookingId, ids)),
  );
}

export async function loadCoachConversations(userId: number) {
  const rows = await db
    .select({
      id: coachConversations.id,
      publicId: coachConversations.uuid,
      title: coachConversations.title,
      topic: coachConversations.topic,
      status: coachConversations.status,
      createdAt: coachConversations.createdAt,
    })
    .from(coachConversations)
    .where(eq(coachConversations.userId, userId))
    .orderBy(asc(coachConversations.createdAt));
  return withChildren(rows, "messages", (ids) =>
    db
      .select({
        parentId: coachMessages.conversationId,
        role: coachMessages.role,
        content: coachMessages.content,
        createdAt: coachMessages.createdAt,
      })
      .from(coachMessages)
      .where(inArray(coachMessages.conversationId, ids))
      .orderBy(asc(coachMessages.createdAt)),
  );
}

export async function loadNotificationPreferences(userId: number) {
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
