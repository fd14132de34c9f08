CREATE TYPE "public"."report_action" AS ENUM('hidden', 'deleted', 'locked', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."delivery_channel" AS ENUM('email', 'sms', 'push');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'skipped');--> statement-breakpoint
CREATE TYPE "public"."otp_purpose" AS ENUM('sign_in', 'verify_phone');--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_post_hidden';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_post_deleted';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_post_locked';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_post_unlocked';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_post_pinned';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_post_unpinned';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_reply_hidden';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_reply_deleted';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'report_dismissed';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'article_created';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'article_updated';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'support_ticket_answered';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_post_unhidden';--> statement-breakpoint
ALTER TYPE "public"."admin_action_kind" ADD VALUE 'forum_reply_unhidden';--> statement-breakpoint
ALTER TYPE "public"."forum_category" ADD VALUE 'sexual_health';--> statement-breakpoint
CREATE TABLE "forum_post_views" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" integer NOT NULL,
	"viewer_key" text NOT NULL,
	"viewed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_post_views_post_viewer_day_uniq" UNIQUE("post_id","viewer_key","viewed_on")
);
--> statement-breakpoint
CREATE TABLE "notification_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"notification_id" integer,
	"channel" "delivery_channel" NOT NULL,
	"event" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text NOT NULL,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"last_error" text,
	"provider_message_id" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_deliveries_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "notification_deliveries_dedupe_key_uniq" UNIQUE("dedupe_key"),
	CONSTRAINT "notification_deliveries_attempts_check" CHECK ("notification_deliveries"."attempts" between 0 and 20)
);
--> statement-breakpoint
CREATE TABLE "phone_otps" (
	"id" serial PRIMARY KEY NOT NULL,
	"phone" text NOT NULL,
	"purpose" "otp_purpose" NOT NULL,
	"user_id" integer,
	"code_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" smallint DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phone_otps_attempts_check" CHECK ("phone_otps"."attempts" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"endpoint" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"user_agent" text,
	"last_success_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "push_subscriptions_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "push_subscriptions_endpoint_uniq" UNIQUE("endpoint")
);
--> statement-breakpoint
CREATE TABLE "sms_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"to_phone" text NOT NULL,
	"body" text NOT NULL,
	"template" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_outbox_uuid_unique" UNIQUE("uuid")
);
--> statement-breakpoint
CREATE TABLE "support_ticket_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"ticket_id" integer NOT NULL,
	"author_id" integer,
	"from_staff" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_ticket_messages_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "support_ticket_messages_body_length_check" CHECK (char_length("support_ticket_messages"."body") between 1 and 4000)
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "reviewer_name" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "reviewer_credentials" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "sources" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "specialty" "doctor_specialty";--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "action" "report_action";--> statement-breakpoint
ALTER TABLE "content_reports" ADD COLUMN "resolution_note" text;--> statement-breakpoint
ALTER TABLE "forum_posts" ADD COLUMN "anonymous_alias" text;--> statement-breakpoint
ALTER TABLE "forum_posts" ADD COLUMN "moderation_note" text;--> statement-breakpoint
ALTER TABLE "forum_posts" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forum_replies" ADD COLUMN "anonymous_alias" text;--> statement-breakpoint
ALTER TABLE "forum_replies" ADD COLUMN "moderation_note" text;--> statement-breakpoint
ALTER TABLE "forum_replies" ADD COLUMN "edited_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "forum_activity" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD COLUMN "locale" "locale" DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "phone_verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "forum_post_views" ADD CONSTRAINT "forum_post_views_post_id_forum_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phone_otps" ADD CONSTRAINT "phone_otps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "push_subscriptions" ADD CONSTRAINT "push_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_ticket_messages" ADD CONSTRAINT "support_ticket_messages_ticket_id_support_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."support_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_ticket_messages" ADD CONSTRAINT "support_ticket_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_post_views_viewed_on_idx" ON "forum_post_views" USING btree ("viewed_on");--> statement-breakpoint
CREATE INDEX "notification_deliveries_due_idx" ON "notification_deliveries" USING btree ("next_attempt_at") WHERE "notification_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "notification_deliveries_user_id_idx" ON "notification_deliveries" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notification_deliveries_notification_id_idx" ON "notification_deliveries" USING btree ("notification_id");--> statement-breakpoint
CREATE INDEX "phone_otps_phone_purpose_created_idx" ON "phone_otps" USING btree ("phone","purpose","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "phone_otps_user_id_idx" ON "phone_otps" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "push_subscriptions_user_id_idx" ON "push_subscriptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sms_outbox_to_phone_created_idx" ON "sms_outbox" USING btree ("to_phone","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "support_ticket_messages_ticket_created_idx" ON "support_ticket_messages" USING btree ("ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "support_ticket_messages_author_id_idx" ON "support_ticket_messages" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "forum_posts_search_trgm_idx" ON "forum_posts" USING gin ((lower("title" || ' ' || "content")) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "users_verified_phone_uniq" ON "users" USING btree ("phone") WHERE "users"."phone_verified_at" is not null and "users"."deleted_at" is null;