import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, type Queryable } from "@/db/client";
import {
  appointments,
  doctors,
  labBookings,
  medicineOrders,
  users,
  type PaymentPurpose,
} from "@/db/schema";
import type { PaymentMethod, PaymentStatus } from "@/db/schema/_enums";
import { money } from "@/lib/money";

/**
 * The things that can be paid for, read the same way whatever they are. `find*` helpers do not
 * authorize: the services pass the owner's id (`ownerId`) into the where clause.
 */
export interface Payable {
  purpose: PaymentPurpose;
  /** Internal id (payments.reference_id). */
  referenceId: number;
  publicId: string;
  userId: number;
  /** The server-side total: order or booking total, or the consultation fee. */
  amount: string;
  /** How it is paid: the chosen method; a consultation fee online counts as upi. */
  method: PaymentMethod;
  /** The payer chose to pay online (upi / card), or the doctor takes fees online. */
  online: boolean;
  /** Still open: not cancelled, delivered, collected, rejected or over. */
  open: boolean;
  cancelled: boolean;
  paymentStatus: PaymentStatus;
  /** What the pay page names: the order number, the booking's day, the doctor. */
  label: { orderNumber?: string; date?: string; time?: string; doctorName?: string };
  /** Appointments: when the consultation starts; who cancelled and when. */
  startsAt?: Date;
  cancelledAt: Date | null;
  cancelledByDoctor: boolean;
}

type Where = { publicId?: string; referenceId?: number; ownerId?: number };

const onlineMethods: PaymentMethod[] = ["upi", "card"];

function by(where: Where, cols: { uuid: AnyPgColumn; id: AnyPgColumn; userId: AnyPgColumn }) {
  const parts: SQL[] = [];
  if (where.publicId !== undefined) parts.push(eq(cols.uuid, where.publicId));
  if (where.referenceId !== undefined) parts.push(eq(cols.id, where.referenceId));
  if (where.ownerId !== undefined) parts.push(eq(cols.userId, where.ownerId));
  return and(...parts);
}

async function findMedicineOrder(where: Where, on: Queryable): Promise<Payable | null> {
  const [o] = await on.select().from(medicineOrders).where(by(where, medicineOrders)).limit(1);
  if (!o) return null;
  return {
    purpose: "medicine_order",
    referenceId: o.id,
    publicId: o.uuid,
    userId: o.userId,
    amount: money(o.total),
    method: o.paymentMethod,
    online: onlineMethods.includes(o.paymentMethod),
    open: o.status === "pending" || o.status === "confirmed",
    cancelled: o.status === "cancelled",
    paymentStatus: o.paymentStatus,
    label: { orderNumber: o.orderNumber },
    cancelledAt: o.cancelledAt,
    cancelledByDoctor: false,
  };
}

async function findLabBooking(where: Where, on: Queryable): Promise<Payable | null> {
  const [b] = await on.select().from(labBookings).where(by(where, labBookings)).limit(1);
  if (!b) return null;
  return {
    purpose: "lab_booking",
    referenceId: b.id,
    publicId: b.uuid,
    userId: b.userId,
    amount: money(b.total),
    method: b.paymentMethod,
    online: onlineMethods.includes(b.paymentMethod),
    open: b.status === "booked",
    cancelled: b.status === "cancelled",
    paymentStatus: b.paymentStatus,
    label: { date: b.date, time: b.timeSlot.slice(0, 5) },
    cancelledAt: b.cancelledAt,
    cancelledByDoctor: false,
  };
}

async function findAppointment(where: Where, on: Queryable): Promise<Payable | null> {
  const [a] = await on
    .select({
      id: appointments.id,
      uuid: appointments.uuid,
      patientId: appointments.patientId,
      fee: appointments.fee,
      status: appointments.status,
      paymentStatus: appointments.paymentStatus,
      date: appointments.date,
      time: appointments.time,
      cancelledAt: appointments.cancelledAt,
      cancelledBy: appointments.cancelledBy,
      acceptsOnlinePayment: doctors.acceptsOnlinePayment,
      doctorName: users.fullName,
      startsAt: sql<string>`((${appointments.date} + ${appointments.time}) at time zone ${doctors.timezone})`,
    })
    .from(appointments)
    .innerJoin(doctors, eq(doctors.id, appointments.doctorId))
    .innerJoin(users, eq(users.id, doctors.userId))
    .where(
      by(where, { uuid: appointments.uuid, id: appointments.id, userId: appointments.patientId }),
    )
    .limit(1);
  if (!a) return null;
  // Rejected or expired requests, and the doctor's own cancellations, are never the patient's doing.
  const notPatients =
    a.status === "rejected" ||
    a.status === "expired" ||
    (a.cancelledBy !== null && a.cancelledBy !== a.patientId);
  return {
    purpose: "appointment",
    referenceId: a.id,
    publicId: a.uuid,
    userId: a.patientId,
    amount: money(a.fee),
    method: "upi",
    online: a.acceptsOnlinePayment,
    open: a.status === "pending" || a.status === "confirmed",
    cancelled: a.status === "cancelled" || a.status === "rejected" || a.status === "expired",
    paymentStatus: a.paymentStatus,
    label: { doctorName: a.doctorName, date: a.date, time: a.time.slice(0, 5) },
    startsAt: new Date(a.startsAt),
    cancelledAt: a.cancelledAt,
    cancelledByDoctor: notPatients,
  };
}

const finders = {
  medicine_order: findMedicineOrder,
  lab_booking: findLabBooking,
  appointment: findAppointment,
} satisfies Record<PaymentPurpose, (where: Where, on: Queryable) => Promise<Payable | null>>;

/** The thing by its public id (and owner, when given); null when there is none. */
export function findPayable(
  purpose: PaymentPurpose,
  where: Where,
  on: Queryable = db,
): Promise<Payable | null> {
  return finders[purpose](where, on);
}

/** Sets the thing's own payment status, only from one of `from` (so a replay changes nothing). */
export async function setThingPaymentStatus(
  on: Queryable,
  purpose: PaymentPurpose,
  referenceId: number,
  to: PaymentStatus,
  from: PaymentStatus[],
): Promise<void> {
  const table = {
    medicine_order: medicineOrders,
    lab_booking: labBookings,
    appointment: appointments,
  }[purpose];
  await on
    .update(table)
    .set({ paymentStatus: to, updatedAt: new Date() })
    .where(and(eq(table.id, referenceId), inArray(table.paymentStatus, from)));
}
