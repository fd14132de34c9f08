CREATE TYPE "public"."admin_action_kind" AS ENUM('doctor_verified', 'doctor_rejected', 'doctor_document_opened', 'user_suspended', 'user_restored');--> statement-breakpoint
ALTER TYPE "public"."appointment_status" ADD VALUE 'expired';--> statement-breakpoint
CREATE TABLE "admin_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"admin_id" integer,
	"admin_name" text NOT NULL,
	"action" "admin_action_kind" NOT NULL,
	"target_type" text NOT NULL,
	"target_uuid" uuid NOT NULL,
	"target_label" text,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_actions_uuid_unique" UNIQUE("uuid")
);
--> statement-breakpoint
ALTER TABLE "prescriptions" DROP CONSTRAINT "prescriptions_appointment_id_uniq";--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "registration_council" text;--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "instant_confirm" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "min_notice_minutes" smallint DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "calendar_token_hash" text;--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "submitted_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "prescription_items" ADD COLUMN "duration_days" smallint;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD COLUMN "replaces_id" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "suspension_reason" text;--> statement-breakpoint
ALTER TABLE "admin_actions" ADD CONSTRAINT "admin_actions_admin_id_users_id_fk" FOREIGN KEY ("admin_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "admin_actions_at_idx" ON "admin_actions" USING btree ("at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "admin_actions_target_idx" ON "admin_actions" USING btree ("target_uuid","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "admin_actions_admin_id_idx" ON "admin_actions" USING btree ("admin_id");--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_replaces_id_prescriptions_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."prescriptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "prescriptions_appointment_original_uniq" ON "prescriptions" USING btree ("appointment_id") WHERE "prescriptions"."replaces_id" is null;--> statement-breakpoint
ALTER TABLE "doctors" ADD CONSTRAINT "doctors_calendar_token_hash_uniq" UNIQUE("calendar_token_hash");--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_replaces_id_uniq" UNIQUE("replaces_id");--> statement-breakpoint
ALTER TABLE "doctors" ADD CONSTRAINT "doctors_min_notice_check" CHECK ("doctors"."min_notice_minutes" between 0 and 10080);--> statement-breakpoint
ALTER TABLE "prescription_items" ADD CONSTRAINT "prescription_items_duration_days_check" CHECK ("prescription_items"."duration_days" between 1 and 365);--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_suspension_reason_check" CHECK ("users"."suspended_at" is null or "users"."suspension_reason" is not null);--> statement-breakpoint
-- The admin audit is append-only: an entry never changes, except that the admin's foreign key may
-- go null (its own ON DELETE SET NULL) and the target's label may be blanked when that person's
-- account is erased; nothing is ever deleted.
CREATE FUNCTION "admin_actions_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND NEW.uuid = OLD.uuid AND NEW.action = OLD.action
     AND NEW.admin_name = OLD.admin_name AND NEW.target_type = OLD.target_type
     AND NEW.target_uuid = OLD.target_uuid AND NEW.at = OLD.at
     AND NEW.reason IS NOT DISTINCT FROM OLD.reason
     AND (NEW.target_label IS NOT DISTINCT FROM OLD.target_label OR NEW.target_label IS NULL)
     AND (NEW.admin_id IS NOT DISTINCT FROM OLD.admin_id OR NEW.admin_id IS NULL) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'admin_actions is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "admin_actions_no_update" BEFORE UPDATE ON "admin_actions"
  FOR EACH ROW EXECUTE FUNCTION "admin_actions_append_only"();--> statement-breakpoint
CREATE TRIGGER "admin_actions_no_delete" BEFORE DELETE ON "admin_actions"
  FOR EACH ROW EXECUTE FUNCTION "admin_actions_append_only"();
