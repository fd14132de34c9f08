import "server-only";
import { addressesAccount } from "@/lib/addresses/account";
import { adminAccount } from "@/lib/admin/account";
import { appointmentsAccount } from "@/lib/appointments/account";
import { articlesAccount } from "@/lib/articles/account";
import { authAccount } from "@/lib/auth/account";
import { coachAccount } from "@/lib/coach/account";
import { doctorsAccount } from "@/lib/doctors/account";
import { emergencyAccount } from "@/lib/emergency/account";
import { facilitiesAccount } from "@/lib/facilities/account";
import { forumAccount } from "@/lib/forum/account";
import { healthProfileAccount } from "@/lib/health-profile/account";
import { healthRecordsAccount } from "@/lib/health-records/account";
import { idempotencyAccount } from "@/lib/idempotency/account";
import { labAccount } from "@/lib/lab/account";
import { notificationsAccount } from "@/lib/notifications/account";
import { paymentsAccount } from "@/lib/payments/account";
import { pharmacyAccount } from "@/lib/pharmacy/account";
import { cartAccount } from "@/lib/pharmacy/cart/account";
import { prescriptionsAccount } from "@/lib/prescriptions/account";
import { pushAccount } from "@/lib/push/account";
import { ratingsAccount } from "@/lib/ratings/account";
import { recordSharesAccount } from "@/lib/record-shares/account";
import { supportAccount } from "@/lib/support/account";
import { symptomChecksAccount } from "@/lib/symptom-checks/account";
import { usersAccount } from "@/lib/users/account";

/**
 * Every domain's account part, listed explicitly (an import a bundler could drop never decides
 * what is erased). A new domain with personal data adds lib/<domain>/account.ts and a line here;
 * a test fails while a column that references users is covered by no part.
 *
 * The order is the export document's section order, and the erase order: users comes first
 * because its eraser locks the account row, so two deletions of one account queue.
 */
export const accountParts = [
  usersAccount,
  // Before doctors: it reads the doctor profile and documents to blank their labels in the audit.
  adminAccount,
  healthProfileAccount,
  authAccount,
  addressesAccount,
  appointmentsAccount,
  prescriptionsAccount,
  healthRecordsAccount,
  pharmacyAccount,
  cartAccount,
  labAccount,
  forumAccount,
  ratingsAccount,
  symptomChecksAccount,
  notificationsAccount,
  pushAccount,
  recordSharesAccount,
  articlesAccount,
  coachAccount,
  paymentsAccount,
  supportAccount,
  emergencyAccount,
  idempotencyAccount,
  doctorsAccount,
  facilitiesAccount,
] as const;
