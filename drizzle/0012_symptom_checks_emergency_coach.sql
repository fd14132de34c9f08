ALTER TYPE "public"."admin_action_kind" ADD VALUE 'emergency_status_changed';--> statement-breakpoint
ALTER TYPE "public"."coach_safety_flag" ADD VALUE 'prescription';--> statement-breakpoint
ALTER TYPE "public"."coach_safety_flag" ADD VALUE 'diagnosis';--> statement-breakpoint
ALTER TABLE "emergency_requests" ADD COLUMN "dispatched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "emergency_requests" ADD COLUMN "tracking_token_hash" text;--> statement-breakpoint
ALTER TABLE "symptom_checks" ADD COLUMN "body_area" text;--> statement-breakpoint
ALTER TABLE "symptom_checks" ADD COLUMN "locale" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "symptom_checks" ADD COLUMN "rules_version" text;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin (to_tsvector('simple', "title" || ' ' || "excerpt" || ' ' || "body"));--> statement-breakpoint
CREATE INDEX "symptom_checks_guest_created_idx" ON "symptom_checks" USING btree ("created_at") WHERE "symptom_checks"."user_id" is null;--> statement-breakpoint
ALTER TABLE "symptom_checks" ADD CONSTRAINT "symptom_checks_locale_check" CHECK ("symptom_checks"."locale" in ('en', 'hi'));--> statement-breakpoint
ALTER TABLE "symptom_checks" ADD CONSTRAINT "symptom_checks_completed_has_rules_version" CHECK ("symptom_checks"."status" = 'in_progress' or "symptom_checks"."rules_version" is not null);