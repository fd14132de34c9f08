import { z } from "zod";

/** Money as the API answers it (contract): INR as a decimal string with two places, "499.00". */
export const moneySchema = z
  .string()
  .regex(/^\d+\.\d{2}$/)
  .describe("INR, two decimals");
