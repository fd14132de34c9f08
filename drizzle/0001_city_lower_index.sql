DROP INDEX "facilities_city_idx";--> statement-breakpoint
CREATE INDEX "facilities_city_lower_idx" ON "facilities" USING btree (lower("city"));