CREATE TABLE "doctor_search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "search_text" text;--> statement-breakpoint
ALTER TABLE "doctors" ADD COLUMN "search_words" text[];--> statement-breakpoint
-- doctors.search_text is lower(doctor's name, clinic name, locality, city) and search_words its
-- words: what the free-text search matches. Computed on insert and whenever a doctor's user or
-- clinic changes; a change of a user's name or a clinic's name, locality or city resets search_text
-- on their doctors, which recomputes both.
CREATE FUNCTION "doctors_set_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := lower(concat_ws(' ',
    (SELECT u.full_name FROM users u WHERE u.id = NEW.user_id),
    (SELECT concat_ws(' ', f.name, f.area, f.city) FROM facilities f WHERE f.id = NEW.facility_id)));
  NEW.search_words := array_remove(regexp_split_to_array(NEW.search_text, '[[:space:][:punct:]]+'), '');
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "doctors_search_text" BEFORE INSERT OR UPDATE OF "user_id", "facility_id", "search_text", "search_words" ON "doctors"
  FOR EACH ROW EXECUTE FUNCTION "doctors_set_search_text"();--> statement-breakpoint
-- The dictionary of every word, which misspelt search words are compared with.
CREATE FUNCTION "doctors_add_search_words"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO doctor_search_words (word) SELECT DISTINCT unnest(NEW.search_words) ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "doctors_search_words" AFTER INSERT OR UPDATE OF "user_id", "facility_id", "search_text", "search_words" ON "doctors"
  FOR EACH ROW EXECUTE FUNCTION "doctors_add_search_words"();--> statement-breakpoint
CREATE FUNCTION "facilities_propagate_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE doctors SET search_text = NULL WHERE facility_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "facilities_search_text" AFTER UPDATE OF "name", "area", "city" ON "facilities"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.area IS DISTINCT FROM NEW.area OR OLD.city IS DISTINCT FROM NEW.city)
  EXECUTE FUNCTION "facilities_propagate_search_text"();--> statement-breakpoint
CREATE FUNCTION "users_propagate_search_text"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE doctors SET search_text = NULL WHERE user_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "users_search_text" AFTER UPDATE OF "full_name" ON "users"
  FOR EACH ROW WHEN (OLD.full_name IS DISTINCT FROM NEW.full_name)
  EXECUTE FUNCTION "users_propagate_search_text"();--> statement-breakpoint
UPDATE "doctors" SET "search_text" = NULL;--> statement-breakpoint
CREATE INDEX "doctor_search_words_trgm_idx" ON "doctor_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "doctors_listed_search_words_idx" ON "doctors" USING gin ("search_words") WHERE verification_status = 'verified';
