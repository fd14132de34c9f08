import { db } from "@/db/client";
import {
  appointments,
  healthRecords,
  labBookingItems,
  labBookings,
  labTests,
  medicineOrderItems,
  medicineOrders,
  prescriptions,
  symptomChecks,
} from "@/db/schema";

let counter = 0;
const address = {
  name: "Asha",
  phone: "+919876543210",
  line1: "12 MG Road",
  city: "Pune",
  state: "Maharashtra",
  pincode: "411001",
};

/** India time "YYYY-MM-DD HH:MM" of an instant (appointments and lab slots are clinic-local). */
function localParts(at: Date): { date: string; time: string } {
  const local = new Date(at.getTime() + 5.5 * 3_600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

/**
 * One timeline item of `kind` for the patient, happening at `at` (minute precision for the
 * clinic-local kinds, midnight India time for a dated record); returns its public id.
 */
export async function createTimelineItem(
  kind:
    | "appointment"
    | "record"
    | "record_lab_report"
    | "prescription"
    | "lab_booking_report"
    | "medicine_order"
    | "symptom_check",
  patientId: number,
  doctorId: number,
  at: Date,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const n = ++counter;
  const { date, time } = localParts(at);
  switch (kind) {
    case "appointment": {
      const [row] = await db
        .insert(appointments)
        .values({
          patientId,
          doctorId,
          date,
          time,
          consultationType: "online",
          status: "completed",
          fee: "400.00",
          chiefComplaint: `Visit ${n}`,
          ...overrides,
        })
        .returning({ uuid: appointments.uuid });
      return row!.uuid;
    }
    case "record":
    case "record_lab_report": {
      const [row] = await db
        .insert(healthRecords)
        .values({
          userId: patientId,
          recordType: kind === "record" ? "discharge_summary" : "lab_report",
          title: `Record ${n}`,
          createdAt: at,
          ...overrides,
        })
        .returning({ uuid: healthRecords.uuid });
      return row!.uuid;
    }
    case "prescription": {
      const [row] = await db
        .insert(prescriptions)
        .values({
          prescriptionNumber: `RX-T-${n}`,
          patientId,
          doctorId,
          diagnosis: `Diagnosis ${n}`,
          status: "issued",
          issuedAt: at,
          createdAt: at,
          ...overrides,
        })
        .returning({ uuid: prescriptions.uuid });
      return row!.uuid;
    }
    case "lab_booking_report": {
      const [row] = await db
        .insert(labBookings)
        .values({
          userId: patientId,
          bookingType: "lab_visit",
          date,
          timeSlot: time,
          status: "report_ready",
          total: "300.00",
          labName: "City Lab",
          ...overrides,
        })
        .returning({ id: labBookings.id, uuid: labBookings.uuid });
      const [test] = await db
        .insert(labTests)
        .values({
          code: `T-${n}`,
          name: `Test ${n}`,
          category: "blood",
          price: "300.00",
          mrp: "350.00",
        })
        .returning({ id: labTests.id });
      await db.insert(labBookingItems).values({
        bookingId: row!.id,
        labTestId: test!.id,
        nameSnapshot: `Test ${n}`,
        priceSnapshot: "300.00",
      });
      return row!.uuid;
    }
    case "medicine_order": {
      const [row] = await db
        .insert(medicineOrders)
        .values({
          orderNumber: `ORD-T-${n}`,
          userId: patientId,
          subtotal: "100.00",
          total: "100.00",
          paymentMethod: "cod",
          deliveryAddress: address,
          createdAt: at,
          ...overrides,
        })
        .returning({ id: medicineOrders.id, uuid: medicineOrders.uuid });
      await db.insert(medicineOrderItems).values({
        orderId: row!.id,
        nameSnapshot: `Medicine ${n}`,
        quantity: 1,
        unitPrice: "100.00",
      });
      return row!.uuid;
    }
    case "symptom_check": {
      const [row] = await db
        .insert(symptomChecks)
        .values({ userId: patientId, symptoms: [`symptom ${n}`], createdAt: at, ...overrides })
        .returning({ uuid: symptomChecks.uuid });
      return row!.uuid;
    }
  }
}
