-- A clinic's map position is on every list card (and the map's markers), and pages of the list are
-- now remembered against doctor_list_version: moving a clinic must bump it like renaming one.
DROP TRIGGER "facilities_list_version" ON "facilities";--> statement-breakpoint
CREATE TRIGGER "facilities_list_version" AFTER UPDATE OF "name", "city", "latitude", "longitude" OR DELETE ON "facilities"
  FOR EACH STATEMENT EXECUTE FUNCTION "doctor_list_changed"();
--> statement-breakpoint
-- TRUNCATE fires no row or statement triggers of its own kind: emptying a table the list reads
-- (a restore, a test reset) must bump the version too.
CREATE TRIGGER "doctors_list_version_truncate" AFTER TRUNCATE ON "doctors"
  FOR EACH STATEMENT EXECUTE FUNCTION "doctor_list_changed"();--> statement-breakpoint
CREATE TRIGGER "facilities_list_version_truncate" AFTER TRUNCATE ON "facilities"
  FOR EACH STATEMENT EXECUTE FUNCTION "doctor_list_changed"();--> statement-breakpoint
CREATE TRIGGER "users_list_version_truncate" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "doctor_list_changed"();
