-- Medications become objects { name, dosage, frequency }. Existing text entries are kept as JSON
-- strings, which the app reads as { name }. The text[] default cannot be cast, so it goes first.
ALTER TABLE "health_profiles" ALTER COLUMN "medications" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "health_profiles" ALTER COLUMN "medications" SET DATA TYPE jsonb USING to_jsonb("medications");--> statement-breakpoint
ALTER TABLE "health_profiles" ALTER COLUMN "medications" SET DEFAULT '[]'::jsonb;--> statement-breakpoint
ALTER TABLE "health_profiles" ADD CONSTRAINT "health_profiles_medications_check" CHECK (jsonb_typeof("health_profiles"."medications") = 'array');
