CREATE SEQUENCE "public"."doctor_list_version" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
DROP INDEX "doctors_verification_specialty_idx";--> statement-breakpoint
DROP INDEX "doctors_rating_avg_idx";--> statement-breakpoint
DROP INDEX "doctors_fee_online_idx";--> statement-breakpoint
DROP INDEX "doctors_fee_offline_idx";--> statement-breakpoint
DROP INDEX "doctors_experience_years_idx";--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "city_lower" text;--> statement-breakpoint
-- doctors.city_lower mirrors lower(facilities.city) of the doctor's clinic: set on insert and on a
-- change of clinic, and rewritten when a clinic's city changes.
CREATE FUNCTION "doctors_set_city_lower"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.city_lower := (SELECT lower(f.city) FROM facilities f WHERE f.id = NEW.facility_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "doctors_city_lower" BEFORE INSERT OR UPDATE OF "facility_id", "city_lower" ON "doctors"
  FOR EACH ROW EXECUTE FUNCTION "doctors_set_city_lower"();--> statement-breakpoint
CREATE FUNCTION "facilities_propagate_city"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE doctors SET city_lower = lower(NEW.city) WHERE facility_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "facilities_city" AFTER UPDATE OF "city" ON "facilities"
  FOR EACH ROW WHEN (OLD.city IS DISTINCT FROM NEW.city) EXECUTE FUNCTION "facilities_propagate_city"();--> statement-breakpoint
UPDATE "doctors" d SET "city_lower" = lower(f."city") FROM "facilities" f WHERE f."id" = d."facility_id";--> statement-breakpoint
-- Anything that can change what the public doctor list shows bumps doctor_list_version, which the
-- list's cached totals are checked against. A sequence, not a counter row: nextval takes no lock,
-- so concurrent writers (ratings) never queue or deadlock on it.
CREATE FUNCTION "doctor_list_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('doctor_list_version');
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "doctors_list_version" AFTER INSERT OR UPDATE OR DELETE ON "doctors"
  FOR EACH STATEMENT EXECUTE FUNCTION "doctor_list_changed"();--> statement-breakpoint
CREATE TRIGGER "facilities_list_version" AFTER UPDATE OF "name", "city" OR DELETE ON "facilities"
  FOR EACH STATEMENT EXECUTE FUNCTION "doctor_list_changed"();--> statement-breakpoint
CREATE TRIGGER "users_list_version" AFTER UPDATE OF "full_name", "deleted_at", "photo_key" OR DELETE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "doctor_list_changed"();--> statement-breakpoint
CREATE INDEX "doctors_listed_rating_idx" ON "doctors" USING btree ("rating_avg" DESC NULLS LAST,"rating_count" DESC NULLS LAST,"id") WHERE verification_status = 'verified';--> statement-breakpoint
CREATE INDEX "doctors_listed_specialty_rating_idx" ON "doctors" USING btree ("specialty","rating_avg" DESC NULLS LAST,"rating_count" DESC NULLS LAST,"id") WHERE verification_status = 'verified';--> statement-breakpoint
CREATE INDEX "doctors_listed_city_rating_idx" ON "doctors" USING btree ("city_lower","rating_avg" DESC NULLS LAST,"rating_count" DESC NULLS LAST,"id") WHERE verification_status = 'verified';--> statement-breakpoint
CREATE INDEX "doctors_listed_specialty_city_rating_idx" ON "doctors" USING btree ("specialty","city_lower","rating_avg" DESC NULLS LAST,"rating_count" DESC NULLS LAST,"id") WHERE verification_status = 'verified';--> statement-breakpoint
CREATE INDEX "doctors_listed_fee_idx" ON "doctors" USING btree (least("fee_online", "fee_offline"),"rating_avg" DESC NULLS LAST,"id") WHERE verification_status = 'verified';--> statement-breakpoint
CREATE INDEX "doctors_listed_experience_idx" ON "doctors" USING btree ("experience_years" DESC NULLS LAST,"rating_avg" DESC NULLS LAST,"id") WHERE verification_status = 'verified';--> statement-breakpoint
CREATE INDEX "doctors_verification_status_idx" ON "doctors" USING btree ("verification_status");