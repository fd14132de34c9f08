/**
 * Lab booking writes (status model in ../policy.ts). Every write authorizes and runs in one
 * transaction; home-collection places are taken and returned in the same transaction as the
 * booking's own change, so the slot counts never drift.
 */
export {
  bookLabTests,
  bookLabTestsOnce,
  type BookLabOnceOptions,
  type LabWriteOptions,
} from "./book";
export { cancelLabBooking, cancelUnpaidLabBookings } from "./cancel";
export { countLabReportUpload, setLabBookingStatus, uploadLabReport } from "./admin";
