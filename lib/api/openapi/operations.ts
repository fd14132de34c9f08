import { abhaOperations } from "@/lib/abha/openapi";
import { addressOperations } from "@/lib/addresses/openapi";
import { adminOperations } from "@/lib/admin/openapi";
import { articleOperations } from "@/lib/articles/openapi";
import { appointmentOperations } from "@/lib/appointments/openapi";
import { authOperations } from "@/lib/auth/openapi";
import { otpOperations } from "@/lib/auth/otp/openapi";
import { availabilityOperations } from "@/lib/availability/openapi";
import { catalogueOperations } from "@/lib/catalogue/openapi";
import { coachOperations } from "@/lib/coach/openapi";
import { doctorDocumentOperations } from "@/lib/doctor-documents/openapi";
import { doctorOperations } from "@/lib/doctors/openapi";
import { emailOperations } from "@/lib/email/openapi";
import { emergencyOperations } from "@/lib/emergency/openapi";
import { facilityOperations } from "@/lib/facilities/openapi";
import { forumOperations } from "@/lib/forum/openapi";
import { healthProfileOperations } from "@/lib/health-profile/openapi";
import { homeOperations } from "@/lib/home/openapi";
import { healthRecordOperations } from "@/lib/health-records/openapi";
import { labOperations } from "@/lib/lab/openapi";
import { notificationOperations } from "@/lib/notifications/openapi";
import { paymentOperations } from "@/lib/payments/openapi";
import { pharmacyOperations } from "@/lib/pharmacy/openapi";
import { cartOperations } from "@/lib/pharmacy/cart/openapi";
import { moderationOperations } from "@/lib/moderation/openapi";
import { medicineOrderOperations } from "@/lib/pharmacy/orders/openapi";
import { placeMedicineOrderOperation } from "@/lib/pharmacy/orders/openapi-place";
import { prescriptionOperations } from "@/lib/prescriptions/openapi";
import { pushOperations } from "@/lib/push/openapi";
import { ratingOperations } from "@/lib/ratings/openapi";
import { recordShareOperations } from "@/lib/record-shares/openapi";
import { symptomCheckOperations } from "@/lib/symptom-checks/openapi";
import { supportOperations } from "@/lib/support/openapi";
import { systemOperations } from "@/lib/system/openapi";
import { timelineOperations } from "@/lib/timeline/openapi";
import { userOperations } from "@/lib/users/openapi";
import { defineOperation, type Operation } from "../operation";

/** The document itself. */
export const openApiOperation = defineOperation({
  method: "get",
  path: "/openapi.json",
  summary: "This OpenAPI 3.1 document",
  tag: "System",
  auth: "none",
  response: { status: 200, description: "The document", contentType: "application/json" },
  errors: [],
});

/**
 * Every declared operation, domain by domain: the document is built from this list, and a test
 * holds it to the route files (each handler's declaration is on the list, method and path match).
 */
export const operations: Operation[] = [
  ...Object.values(authOperations),
  ...Object.values(otpOperations),
  ...Object.values(systemOperations),
  openApiOperation,
  ...Object.values(doctorOperations),
  ...Object.values(doctorDocumentOperations),
  ...Object.values(userOperations),
  ...Object.values(pushOperations),
  ...Object.values(healthProfileOperations),
  ...Object.values(timelineOperations),
  ...Object.values(abhaOperations),
  ...Object.values(healthRecordOperations),
  ...Object.values(recordShareOperations),
  ...Object.values(appointmentOperations),
  ...Object.values(availabilityOperations),
  ...Object.values(ratingOperations),
  ...Object.values(forumOperations),
  ...Object.values(emailOperations),
  ...Object.values(prescriptionOperations),
  ...Object.values(pharmacyOperations),
  ...Object.values(labOperations),
  ...Object.values(cartOperations),
  ...Object.values(paymentOperations),
  ...Object.values(medicineOrderOperations),
  ...Object.values(addressOperations),
  placeMedicineOrderOperation,
  ...Object.values(adminOperations),
  ...Object.values(moderationOperations),
  ...Object.values(catalogueOperations),
  ...Object.values(facilityOperations),
  ...Object.values(emergencyOperations),
  ...Object.values(coachOperations),
  ...Object.values(symptomCheckOperations),
  ...Object.values(supportOperations),
  ...Object.values(notificationOperations),
  ...Object.values(articleOperations),
  ...Object.values(homeOperations),
];
