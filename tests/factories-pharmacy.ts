import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  medicineOrderItems,
  medicineOrders,
  medicines,
  prescriptionItems,
  prescriptions,
  type NewMedicineOrderRow,
} from "@/db/schema";
import { fromPaise, lineTotal, toPaise } from "@/lib/money";
import { createDoctor } from "./factories";
import { createRecord } from "./factories-records";

let counter = 0;
const next = () => ++counter;

/** A catalogue medicine (OTC, 10 in stock, 50.00 unless told). */
export async function createMedicine(overrides: Partial<typeof medicines.$inferInsert> = {}) {
  const n = next();
  const [row] = await db
    .insert(medicines)
    .values({
      name: `Testamol ${n} 500 mg`,
      genericName: "Paracetamol",
      form: "tablet",
      price: "50.00",
      mrp: "60.00",
      stockQty: 10,
      ...overrides,
    })
    .returning();
  return row!;
}

export const deliveryAddress = {
  name: "Asha Verma",
  phone: "+919876543210",
  line1: "12 MG Road",
  line2: null,
  city: "Pune",
  state: "Maharashtra",
  pincode: "411001",
};

/**
 * An order of `userId` as placement would leave it: lines priced from the catalogue, the stock of
 * each line taken off the shelf. `lines` default to one pack of a new medicine.
 */
export async function createOrder(
  userId: number,
  lines: { medicine: { id: number; name: string; price: string }; quantity: number }[],
  overrides: Partial<NewMedicineOrderRow> = {},
) {
  const subtotal = lines.reduce((sum, l) => sum + lineTotal(l.medicine.price, l.quantity), 0);
  const fee = subtotal >= toPaise("499.00") ? 0 : toPaise("40.00");
  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(medicineOrders)
      .values({
        orderNumber: `MO-2026-${String(900000 + next())}`,
        userId,
        subtotal: fromPaise(subtotal),
        deliveryFee: fromPaise(fee),
        total: fromPaise(subtotal + fee),
        paymentMethod: "cod",
        deliveryAddress,
        ...overrides,
      })
      .returning();
    for (const l of lines) {
      await tx.insert(medicineOrderItems).values({
        orderId: order!.id,
        medicineId: l.medicine.id,
        nameSnapshot: l.medicine.name,
        unitPrice: l.medicine.price,
        quantity: l.quantity,
      });
      await tx
        .update(medicines)
        .set({ stockQty: sql`${medicines.stockQty} - ${l.quantity}` })
        .where(eq(medicines.id, l.medicine.id));
    }
    return order!;
  });
}

/** The shelf count of a medicine now. */
export async function stockOf(medicineId: number): Promise<number> {
  const [row] = await db
    .select({ stock: medicines.stockQty })
    .from(medicines)
    .where(eq(medicines.id, medicineId));
  return row!.stock;
}

/** An issued prescription for `patientId` with its filed record, over the given lines. */
export async function createIssuedPrescription(
  patientId: number,
  lines: { medicineId: number | null; name: string; quantity?: number }[],
) {
  const { doctor } = await createDoctor({ name: "Dr. Kavya Nair" });
  const record = await createRecord(patientId, { recordType: "prescription", title: "Rx" });
  const [rx] = await db
    .insert(prescriptions)
    .values({
      prescriptionNumber: `RX-2026-${String(800000 + next())}`,
      patientId,
      doctorId: doctor.id,
      diagnosis: "Fever",
      status: "issued",
      issuedAt: new Date(),
      recordId: record.id,
    })
    .returning();
  for (const l of lines) {
    await db.insert(prescriptionItems).values({
      prescriptionId: rx!.id,
      medicineId: l.medicineId,
      nameSnapshot: l.name,
      dosage: "500 mg",
      frequency: "twice_daily",
      duration: "5 days",
      quantity: l.quantity ?? 1,
    });
  }
  return { prescription: rx!, record };
}
