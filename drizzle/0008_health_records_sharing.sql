CREATE TYPE "public"."record_access_door" AS ENUM('page', 'api');--> statement-breakpoint
CREATE TYPE "public"."record_share_purpose" AS ENUM('consultation', 'follow_up', 'second_opinion');--> statement-breakpoint
CREATE TYPE "public"."record_share_scope" AS ENUM('all', 'selected');--> statement-breakpoint
ALTER TYPE "public"."record_access_action" ADD VALUE 'preview' BEFORE 'download';--> statement-breakpoint
CREATE TABLE "record_share_items" (
	"share_id" integer NOT NULL,
	"record_id" integer NOT NULL,
	CONSTRAINT "record_share_items_share_id_record_id_pk" PRIMARY KEY("share_id","record_id")
);
--> statement-breakpoint
ALTER TABLE "record_shares" DROP CONSTRAINT "record_shares_record_id_health_records_id_fk";
--> statement-breakpoint
DROP INDEX "record_shares_record_id_idx";--> statement-breakpoint
-- Entries written before the door was recorded came through the API (the only door then).
ALTER TABLE "record_access_log" ADD COLUMN "door" "record_access_door" DEFAULT 'api' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_access_log" ALTER COLUMN "door" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "record_shares" ADD COLUMN "appointment_id" integer;--> statement-breakpoint
ALTER TABLE "record_shares" ADD COLUMN "scope" "record_share_scope" DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_shares" ADD COLUMN "purpose" "record_share_purpose" DEFAULT 'consultation' NOT NULL;--> statement-breakpoint
ALTER TABLE "record_share_items" ADD CONSTRAINT "record_share_items_share_id_record_shares_id_fk" FOREIGN KEY ("share_id") REFERENCES "public"."record_shares"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_share_items" ADD CONSTRAINT "record_share_items_record_id_health_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."health_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_share_items_record_id_idx" ON "record_share_items" USING btree ("record_id");--> statement-breakpoint
ALTER TABLE "record_shares" ADD CONSTRAINT "record_shares_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "record_shares_appointment_id_idx" ON "record_shares" USING btree ("appointment_id");--> statement-breakpoint
-- A share of one record becomes a `selected` share with that one item before the column goes.
INSERT INTO "record_share_items" ("share_id", "record_id")
  SELECT "id", "record_id" FROM "record_shares" WHERE "record_id" IS NOT NULL;--> statement-breakpoint
UPDATE "record_shares" SET "scope" = 'selected' WHERE "record_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "record_shares" DROP COLUMN "record_id";--> statement-breakpoint
-- The access log is append-only for the app: an entry never changes (only the foreign keys'
-- own ON DELETE SET NULL may blank who or which record), and it goes only with its owner's account.
CREATE FUNCTION "record_access_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.id = OLD.id AND NEW.uuid = OLD.uuid AND NEW.owner_id = OLD.owner_id
       AND NEW.action = OLD.action AND NEW.door = OLD.door AND NEW.at = OLD.at
       AND NEW.record_title IS NOT DISTINCT FROM OLD.record_title
       AND NEW.reason IS NOT DISTINCT FROM OLD.reason
       AND (NEW.record_id IS NOT DISTINCT FROM OLD.record_id OR NEW.record_id IS NULL)
       AND (NEW.accessed_by IS NOT DISTINCT FROM OLD.accessed_by OR NEW.accessed_by IS NULL) THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'record_access_log is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF EXISTS (SELECT 1 FROM "users" WHERE "id" = OLD.owner_id) THEN
    RAISE EXCEPTION 'record_access_log is append-only' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN OLD;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "record_access_log_no_update" BEFORE UPDATE ON "record_access_log"
  FOR EACH ROW EXECUTE FUNCTION "record_access_log_append_only"();--> statement-breakpoint
CREATE TRIGGER "record_access_log_no_delete" BEFORE DELETE ON "record_access_log"
  FOR EACH ROW EXECUTE FUNCTION "record_access_log_append_only"();