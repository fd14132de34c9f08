CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."medicine_schedule" AS ENUM('otc', 'g', 'h', 'h1', 'x');--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'medicine_created';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'medicine_updated';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'lab_test_created';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'lab_test_updated';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'medicine_order_status_changed';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'lab_booking_status_changed';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'lab_report_uploaded';--> statement-breakpoint
CREATE SEQUENCE "public"."medicine_order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "cart_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"medicine_id" integer NOT NULL,
	"quantity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cart_items_user_medicine_uniq" UNIQUE("user_id","medicine_id"),
	CONSTRAINT "cart_items_quantity_check" CHECK ("cart_items"."quantity" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "lab_slot_usage" (
	"date" date NOT NULL,
	"time_slot" time NOT NULL,
	"area" text NOT NULL,
	"capacity" smallint NOT NULL,
	"booked" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lab_slot_usage_pk" PRIMARY KEY("date","time_slot","area"),
	CONSTRAINT "lab_slot_usage_booked_check" CHECK ("lab_slot_usage"."booked" between 0 and "lab_slot_usage"."capacity"),
	CONSTRAINT "lab_slot_usage_area_check" CHECK ("lab_slot_usage"."area" ~ '^[0-9]{3}$')
);
--> statement-breakpoint
CREATE TABLE "payment_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"event_id" text NOT NULL,
	"event_type" text NOT NULL,
	"refs" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_events_provider_event_uniq" UNIQUE("provider","event_id")
);
--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "accepts_online_payment" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "lab_bookings" ADD COLUMN "slot_area" text;--> statement-breakpoint
ALTER TABLE "lab_bookings" ADD COLUMN "sample_collected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lab_bookings" ADD COLUMN "processing_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lab_bookings" ADD COLUMN "report_ready_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "medicine_orders" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "medicines" ADD COLUMN "schedule" "medicine_schedule" DEFAULT 'otc' NOT NULL;--> statement-breakpoint
ALTER TABLE "medicines" ADD COLUMN "controlled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "medicines" ADD COLUMN "name_hi" text;--> statement-breakpoint
ALTER TABLE "medicines" ADD COLUMN "max_per_order" smallint;--> statement-breakpoint
UPDATE "medicines" SET "schedule" = 'h', "max_per_order" = coalesce("max_per_order", 10) WHERE "prescription_required";--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "provider_payment_id" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "failure_reason" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_amount" numeric(10, 2);--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_ref" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refunded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_medicine_id_medicines_id_fk" FOREIGN KEY ("medicine_id") REFERENCES "public"."medicines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cart_items_medicine_id_idx" ON "cart_items" USING btree ("medicine_id");--> statement-breakpoint
CREATE INDEX "payment_events_received_at_idx" ON "payment_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "medicines_search_trgm_idx" ON "medicines" USING gin ((lower("name" || ' ' || coalesce("generic_name", '') || ' ' || coalesce("name_hi", ''))) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "payments_one_live_per_reference_uniq" ON "payments" USING btree ("purpose","reference_id") WHERE "payments"."status" <> 'failed';--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_provider_payment_id_uniq" UNIQUE("provider","provider_payment_id");--> statement-breakpoint
ALTER TABLE "lab_bookings" ADD CONSTRAINT "lab_bookings_slot_area_check" CHECK ("lab_bookings"."slot_area" ~ '^[0-9]{3}$');--> statement-breakpoint
ALTER TABLE "medicines" ADD CONSTRAINT "medicines_schedule_prescription_check" CHECK ("medicines"."schedule" not in ('h', 'h1', 'x') or "medicines"."prescription_required");--> statement-breakpoint
ALTER TABLE "medicines" ADD CONSTRAINT "medicines_max_per_order_check" CHECK ("medicines"."max_per_order" between 1 and 100);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_refund_amount_check" CHECK ("payments"."refund_amount" is null or ("payments"."refund_amount" >= 0 and "payments"."refund_amount" <= "payments"."amount"));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_paid_at_check" CHECK ("payments"."status" not in ('paid', 'refunded') or "payments"."paid_at" is not null);