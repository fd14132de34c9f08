import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import {
  labBookingItems,
  labBookings,
  labSlotUsage,
  labTests,
  type AddressSnapshot,
} from "@/db/schema";
import { resolveAddressChoice } from "@/lib/addresses/queries";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { hashRequest, parseIdempotencyKey, withIdempotency } from "@/lib/idempotency";
import { fromPaise, toPaise } from "@/lib/money";
import { onlinePaymentsEnabled } from "@/lib/payments/contract";
import { enforceRateLimit } from "@/lib/rate-limit";
import { notifyLabPatient } from "../notify";
import { bookableDates, pinArea, slotTimes } from "../policy";
import { loadLabBooking } from "../queries";
import type { BookLabTestsInput, LabBookingDto } from "../schemas";

const invalid = (path: string, message: string, detail: string) =>
  new AppError("validation_failed", detail, { errors: [{ path, message }] });

/** The options of a booking: the clock (tests) and the origin links in mails point to. */
export interface LabWriteOptions {
  now?: Date;
  origin?: string;
}

/** The active tests asked for, in the order asked; an unknown one is 422 at `testIds.<n>`. */
async function catalogueTests(tx: Tx, ids: string[], homeCollection: boolean) {
  const rows = await tx
    .select({
      id: labTests.id,
      uuid: labTests.uuid,
      name: labTests.name,
      price: labTests.price,
      homeCollection: labTests.homeCollection,
    })
    .from(labTests)
    .where(and(inArray(labTests.uuid, ids), eq(labTests.isActive, true)));
  const byUuid = new Map(rows.map((r) => [r.uuid, r]));
  return ids.map((id, i) => {
    const test = byUuid.get(id);
    if (!test)
      throw invalid(`testIds.${i}`, "is not a lab test we offer", "A chosen test is not offered.");
    if (homeCollection && !test.homeCollection) {
      throw invalid(
        `testIds.${i}`,
        "cannot be collected at home",
        `${test.name} needs a visit to the lab; book it as a lab visit.`,
      );
    }
    return test;
  });
}

/** The address snapshot of a parsed choice: my saved address (someone else's is 404) or the typed one. */
async function collectionAddress(
  actor: Actor,
  choice: NonNullable<BookLabTestsInput["collectionAddress"]>,
  tx: Tx,
): Promise<AddressSnapshot> {
  if ("addressId" in choice)
    return resolveAddressChoice(actor, { addressId: choice.addressId }, tx);
  const { name, phone, line1, line2, city, state, pincode } = choice;
  return { name, phone, line1, line2, city, state, pincode };
}

/**
 * Takes one home-collection place of (date, time, area) with a single conditional upsert: the
 * row is created at the capacity in force, or its count rises only while below capacity. No row
 * back means the slot was full, and the caller gets 409 (two patients racing for the last place
 * are settled by the row lock, never by an earlier read).
 */
async function takePlace(tx: Tx, date: string, time: string, area: string): Promise<void> {
  const [taken] = await tx
    .insert(labSlotUsage)
    .values({ date, timeSlot: time, area, capacity: env.LAB_SLOT_CAPACITY, booked: 1 })
    .onConflictDoUpdate({
      target: [labSlotUsage.date, labSlotUsage.timeSlot, labSlotUsage.area],
      set: { booked: sql`${labSlotUsage.booked} + 1`, updatedAt: sql`now()` },
      setWhere: lt(labSlotUsage.booked, labSlotUsage.capacity),
    })
    .returning({ booked: labSlotUsage.booked });
  if (!taken) {
    throw new AppError("conflict", "That collection slot is full. Please pick another time.", {
      errors: [{ path: "time", message: "is full" }],
    });
  }
}

/**
 * Books lab tests for the actor (input parsed by `bookLabTestsSchema` at the door): catalogue prices (never a client's), name and price snapshots, a
 * home collection takes a slot place, all in one transaction; the patient is told in the app and
 * by mail. 422 for bad input (paths name the field), 409 when the slot is full. The doors call
 * `bookLabTestsOnce`, which adds the client's idempotency key.
 */
export async function bookLabTests(
  actor: Actor,
  input: BookLabTestsInput,
  options: LabWriteOptions = {},
): Promise<LabBookingDto> {
  const parsed = input;
  const now = options.now ?? new Date();
  if (!bookableDates(now).includes(parsed.date)) {
    throw invalid(
      "date",
      "must be from tomorrow up to 7 days ahead",
      "Pick a day from tomorrow up to 7 days ahead.",
    );
  }
  if (!slotTimes(parsed.bookingType).includes(parsed.time)) {
    throw invalid("time", "is not one of the collection slots", "Pick one of the listed times.");
  }
  if (parsed.paymentMethod !== "cod" && !onlinePaymentsEnabled()) {
    throw invalid(
      "paymentMethod",
      "online payment is not available",
      "Online payment is not available; pay at collection.",
    );
  }
  const home = parsed.bookingType === "home_collection";
  const booking = await db.transaction(async (tx) => {
    const tests = await catalogueTests(tx, parsed.testIds, home);
    const address = home ? await collectionAddress(actor, parsed.collectionAddress!, tx) : null;
    const area = address ? pinArea(address.pincode) : null;
    if (area) await takePlace(tx, parsed.date, parsed.time, area);
    const total = tests.reduce((sum, t) => sum + toPaise(t.price), 0);
    const [created] = await tx
      .insert(labBookings)
      .values({
        userId: actor.userId,
        bookingType: parsed.bookingType,
        date: parsed.date,
        timeSlot: parsed.time,
        collectionAddress: address,
        slotArea: area,
        total: fromPaise(total),
        paymentMethod: parsed.paymentMethod,
        labName: "SwasthAI Partner Lab",
      })
      .returning({ id: labBookings.id, uuid: labBookings.uuid });
    await tx.insert(labBookingItems).values(
      tests.map((t) => ({
        bookingId: created!.id,
        labTestId: t.id,
        nameSnapshot: t.name,
        priceSnapshot: t.price,
      })),
    );
    const notice = {
      uuid: created!.uuid,
      userId: actor.userId,
      tests: tests.map((t) => t.name),
      date: parsed.date,
      time: parsed.time,
      bookingType: parsed.bookingType,
    };
    await notifyLabPatient(tx, "booked", notice, options.origin);
    return { uuid: created!.uuid, notice };
  });
  const found = await loadLabBooking({ uuid: booking.uuid, userId: actor.userId });
  return found!.dto;
}

/** `bookLabTestsOnce`'s options: the write options plus the client's key for this booking. */
export interface BookLabOnceOptions extends LabWriteOptions {
  /** As sent (the `Idempotency-Key` header, the booking form's hidden field); validated here. */
  idempotencyKey?: string | null;
}

/** The booking's name in the idempotency table, the same for both doors. */
const bookingScope = { method: "POST", path: "/api/v1/lab-bookings" };

/**
 * Books as `bookLabTests` does, at most once per (actor, idempotency key) within 24 h; the REST
 * route and the booking form both call this. A repeat returns the first booking (`replayed`) and
 * creates, notifies and mails nothing; counted against the hourly allowance before the work.
 */
export async function bookLabTestsOnce(
  actor: Actor,
  input: BookLabTestsInput,
  options: BookLabOnceOptions = {},
): Promise<{ booking: LabBookingDto; replayed: boolean }> {
  const { idempotencyKey, ...writeOptions } = options;
  const key = parseIdempotencyKey(idempotencyKey ?? null);
  await enforceRateLimit("lab_booking", String(actor.userId));
  const result = await withIdempotency(
    actor,
    key,
    hashRequest(input),
    async () => ({ status: 201, body: { data: await bookLabTests(actor, input, writeOptions) } }),
    bookingScope,
  );
  return { booking: result.body.data, replayed: result.replayed };
}
