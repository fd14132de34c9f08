import "server-only";
import { facilities } from "@/db/schema";
import { defineAccountPart } from "@/lib/account/part";

/** Facilities a user manages: nothing personal to export; the listing outlives its manager. */
export const facilitiesAccount = defineAccountPart({
  domain: "facilities",
  userColumns: {
    kept: [
      {
        column: facilities.ownerUserId,
        reason: "a hospital's or lab's listing belongs to the facility, not to its manager",
      },
    ],
  },
});
