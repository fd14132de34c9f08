ALTER TABLE "health_profiles" DROP CONSTRAINT "health_profiles_abha_number_uniq";--> statement-breakpoint
ALTER TABLE "health_profiles" DROP CONSTRAINT "health_profiles_abha_address_uniq";--> statement-breakpoint
ALTER TABLE "health_profiles" ADD COLUMN "abha_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "health_profiles" ADD COLUMN "abha_otp_txn_id" text;--> statement-breakpoint
ALTER TABLE "health_profiles" ADD COLUMN "abha_otp_login_hint" text;--> statement-breakpoint
ALTER TABLE "health_profiles" ADD COLUMN "abha_otp_requested_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "health_profiles_abha_number_verified_uniq" ON "health_profiles" USING btree ("abha_number") WHERE "health_profiles"."abha_verified_at" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "health_profiles_abha_address_verified_uniq" ON "health_profiles" USING btree ("abha_address") WHERE "health_profiles"."abha_verified_at" is not null;--> statement-breakpoint
ALTER TABLE "health_profiles" ADD CONSTRAINT "health_profiles_abha_otp_login_hint_check" CHECK ("health_profiles"."abha_otp_login_hint" in ('abha-number', 'abha-address'));