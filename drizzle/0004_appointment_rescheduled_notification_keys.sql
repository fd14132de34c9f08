ALTER TYPE "public"."appointment_status" ADD VALUE 'rescheduled';--> statement-breakpoint
DROP INDEX "appointments_rescheduled_from_id_idx";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "message_key" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "params" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_rescheduled_from_id_uniq" ON "appointments" USING btree ("rescheduled_from_id");