CREATE TYPE "public"."gender" AS ENUM('male', 'female', 'other');--> statement-breakpoint
CREATE TYPE "public"."locale" AS ENUM('en', 'hi', 'as', 'bn');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('cod', 'upi', 'card', 'pay_at_clinic');--> statement-breakpoint
CREATE TYPE "public"."payment_status" AS ENUM('pending', 'paid', 'failed', 'refunded');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('pending', 'confirmed', 'rejected', 'completed', 'cancelled', 'no_show');--> statement-breakpoint
CREATE TYPE "public"."consultation_type" AS ENUM('online', 'offline');--> statement-breakpoint
CREATE TYPE "public"."article_category" AS ENUM('nutrition', 'fitness', 'mental_health', 'wellness', 'diseases', 'lifestyle', 'women_health', 'child_health', 'senior_care', 'preventive_care');--> statement-breakpoint
CREATE TYPE "public"."article_locale" AS ENUM('en', 'hi');--> statement-breakpoint
CREATE TYPE "public"."coach_conversation_status" AS ENUM('active', 'archived');--> statement-breakpoint
CREATE TYPE "public"."coach_topic" AS ENUM('nutrition', 'fitness', 'mental_health', 'sleep', 'chronic_care', 'medication', 'general');--> statement-breakpoint
CREATE TYPE "public"."coach_message_role" AS ENUM('user', 'assistant', 'system');--> statement-breakpoint
CREATE TYPE "public"."coach_safety_flag" AS ENUM('none', 'emergency', 'dosing', 'other');--> statement-breakpoint
CREATE TYPE "public"."report_reason" AS ENUM('spam', 'harassment', 'misinformation', 'inappropriate', 'other');--> statement-breakpoint
CREATE TYPE "public"."report_status" AS ENUM('pending', 'reviewed', 'resolved', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."report_target_type" AS ENUM('forum_post', 'forum_reply', 'article_comment');--> statement-breakpoint
CREATE TYPE "public"."availability_mode" AS ENUM('online', 'offline', 'both');--> statement-breakpoint
CREATE TYPE "public"."doctor_document_kind" AS ENUM('registration_certificate', 'degree', 'id_proof', 'other');--> statement-breakpoint
CREATE TYPE "public"."document_status" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."doctor_specialty" AS ENUM('general_physician', 'cardiologist', 'dermatologist', 'pediatrician', 'orthopedic', 'gynecologist', 'ent', 'neurologist', 'gastroenterologist', 'psychiatrist', 'ophthalmologist', 'dentist', 'pulmonologist', 'endocrinologist', 'urologist', 'ayurveda', 'homeopathy');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('pending', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."emergency_response" AS ENUM('none', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."emergency_priority" AS ENUM('low', 'medium', 'high', 'critical');--> statement-breakpoint
CREATE TYPE "public"."emergency_status" AS ENUM('pending', 'acknowledged', 'ambulance_dispatched', 'help_arrived', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."emergency_type" AS ENUM('medical', 'accident', 'cardiac', 'pregnancy', 'other');--> statement-breakpoint
CREATE TYPE "public"."facility_category" AS ENUM('government', 'private');--> statement-breakpoint
CREATE TYPE "public"."facility_type" AS ENUM('hospital', 'clinic', 'nursing_home', 'specialty_center', 'diagnostic_center');--> statement-breakpoint
CREATE TYPE "public"."forum_category" AS ENUM('general', 'nutrition', 'fitness', 'mental_health', 'wellness', 'chronic_conditions', 'preventive_care');--> statement-breakpoint
CREATE TYPE "public"."blood_group" AS ENUM('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."health_record_source" AS ENUM('upload', 'prescription', 'lab');--> statement-breakpoint
CREATE TYPE "public"."health_record_type" AS ENUM('prescription', 'lab_report', 'doctor_note', 'discharge_summary', 'vaccination', 'other');--> statement-breakpoint
CREATE TYPE "public"."lab_booking_status" AS ENUM('booked', 'sample_collected', 'processing', 'report_ready', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."lab_booking_type" AS ENUM('home_collection', 'lab_visit');--> statement-breakpoint
CREATE TYPE "public"."lab_test_category" AS ENUM('blood', 'urine', 'imaging', 'cardiac', 'diabetes', 'thyroid', 'liver', 'kidney', 'vitamin', 'allergy', 'full_body', 'women_health', 'men_health');--> statement-breakpoint
CREATE TYPE "public"."medicine_order_status" AS ENUM('pending', 'confirmed', 'dispatched', 'delivered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."medicine_form" AS ENUM('tablet', 'capsule', 'syrup', 'injection', 'cream', 'drops', 'inhaler', 'powder', 'gel', 'spray');--> statement-breakpoint
CREATE TYPE "public"."notification_priority" AS ENUM('low', 'medium', 'high', 'urgent');--> statement-breakpoint
CREATE TYPE "public"."notification_type" AS ENUM('appointment', 'order', 'lab_test', 'prescription', 'forum', 'emergency', 'general', 'promotion');--> statement-breakpoint
CREATE TYPE "public"."payment_purpose" AS ENUM('appointment', 'medicine_order', 'lab_booking');--> statement-breakpoint
CREATE TYPE "public"."dose_frequency" AS ENUM('once_daily', 'twice_daily', 'thrice_daily', 'every_6h', 'before_meals', 'after_meals', 'at_bedtime');--> statement-breakpoint
CREATE TYPE "public"."prescription_status" AS ENUM('draft', 'issued', 'dispensed');--> statement-breakpoint
CREATE TYPE "public"."record_access_action" AS ENUM('view', 'download');--> statement-breakpoint
CREATE TYPE "public"."support_ticket_status" AS ENUM('open', 'answered', 'closed');--> statement-breakpoint
CREATE TYPE "public"."symptom_check_status" AS ENUM('in_progress', 'completed', 'booked');--> statement-breakpoint
CREATE TYPE "public"."symptom_severity" AS ENUM('self_care', 'see_doctor', 'urgent', 'emergency');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('patient', 'doctor', 'admin');--> statement-breakpoint
CREATE TYPE "public"."video_session_status" AS ENUM('scheduled', 'active', 'ended', 'failed');--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "accounts_provider_account_uniq" UNIQUE("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"label" text,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"line1" text NOT NULL,
	"line2" text,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"pincode" text NOT NULL,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "addresses_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "addresses_pincode_check" CHECK ("addresses"."pincode" ~ '^[0-9]{6}$'),
	CONSTRAINT "addresses_latitude_check" CHECK ("addresses"."latitude" between -90 and 90),
	CONSTRAINT "addresses_longitude_check" CHECK ("addresses"."longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" integer NOT NULL,
	"doctor_id" integer NOT NULL,
	"date" date NOT NULL,
	"time" time NOT NULL,
	"duration_minutes" smallint DEFAULT 30 NOT NULL,
	"consultation_type" "consultation_type" NOT NULL,
	"status" "appointment_status" DEFAULT 'pending' NOT NULL,
	"symptoms" text,
	"chief_complaint" text,
	"symptom_check_id" integer,
	"fee" numeric(10, 2) NOT NULL,
	"payment_status" "payment_status" DEFAULT 'pending' NOT NULL,
	"cancel_reason" text,
	"cancelled_at" timestamp with time zone,
	"cancelled_by" integer,
	"rejection_reason" text,
	"doctor_notes" text,
	"confirmed_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"rescheduled_from_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "appointments_fee_check" CHECK ("appointments"."fee" >= 0),
	CONSTRAINT "appointments_duration_check" CHECK ("appointments"."duration_minutes" between 10 and 60),
	CONSTRAINT "appointments_rejection_reason_check" CHECK ("appointments"."status" <> 'rejected' or "appointments"."rejection_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "article_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"article_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"body" text NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "article_comments_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "article_comments_body_length_check" CHECK (char_length("article_comments"."body") between 1 and 2000),
	CONSTRAINT "article_comments_likes_check" CHECK ("article_comments"."likes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"locale" "article_locale" DEFAULT 'en' NOT NULL,
	"translation_group" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"excerpt" text NOT NULL,
	"body" text NOT NULL,
	"cover_image_url" text,
	"category" "article_category" NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"author_name" text,
	"author_credentials" text,
	"author_user_id" integer,
	"read_time_minutes" smallint DEFAULT 1 NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"likes" integer DEFAULT 0 NOT NULL,
	"is_featured" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "articles_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "articles_slug_uniq" UNIQUE("slug"),
	CONSTRAINT "articles_translation_group_locale_uniq" UNIQUE("translation_group","locale"),
	CONSTRAINT "articles_slug_check" CHECK ("articles"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "articles_read_time_check" CHECK ("articles"."read_time_minutes" >= 1),
	CONSTRAINT "articles_counters_check" CHECK ("articles"."views" >= 0 and "articles"."likes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "coach_conversations" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"title" text,
	"topic" "coach_topic" DEFAULT 'general' NOT NULL,
	"status" "coach_conversation_status" DEFAULT 'active' NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_conversations_uuid_unique" UNIQUE("uuid")
);
--> statement-breakpoint
CREATE TABLE "coach_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" integer NOT NULL,
	"role" "coach_message_role" NOT NULL,
	"content" text NOT NULL,
	"model" text,
	"tokens_in" integer,
	"tokens_out" integer,
	"safety_flag" "coach_safety_flag" DEFAULT 'none' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coach_messages_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "coach_messages_tokens_check" CHECK ("coach_messages"."tokens_in" >= 0 and "coach_messages"."tokens_out" >= 0)
);
--> statement-breakpoint
CREATE TABLE "content_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"target_type" "report_target_type" NOT NULL,
	"target_id" integer NOT NULL,
	"reporter_id" integer NOT NULL,
	"reason" "report_reason" NOT NULL,
	"details" text,
	"status" "report_status" DEFAULT 'pending' NOT NULL,
	"resolved_by" integer,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_reports_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "content_reports_target_reporter_uniq" UNIQUE("target_type","target_id","reporter_id"),
	CONSTRAINT "content_reports_details_length_check" CHECK (char_length("content_reports"."details") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "doctor_availability" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"doctor_id" integer NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"slot_minutes" smallint DEFAULT 30 NOT NULL,
	"mode" "availability_mode" DEFAULT 'both' NOT NULL,
	"max_patients" smallint DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doctor_availability_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "doctor_availability_weekday_check" CHECK ("doctor_availability"."weekday" between 0 and 6),
	CONSTRAINT "doctor_availability_time_check" CHECK ("doctor_availability"."end_time" > "doctor_availability"."start_time"),
	CONSTRAINT "doctor_availability_slot_minutes_check" CHECK ("doctor_availability"."slot_minutes" between 10 and 60),
	CONSTRAINT "doctor_availability_max_patients_check" CHECK ("doctor_availability"."max_patients" >= 1)
);
--> statement-breakpoint
CREATE TABLE "doctor_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"doctor_id" integer NOT NULL,
	"kind" "doctor_document_kind" NOT NULL,
	"file_key" text NOT NULL,
	"file_name" text,
	"mime_type" text,
	"size_bytes" integer,
	"status" "document_status" DEFAULT 'pending' NOT NULL,
	"reviewed_by" integer,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doctor_documents_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "doctor_documents_size_bytes_check" CHECK ("doctor_documents"."size_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "doctor_time_off" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"doctor_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doctor_time_off_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "doctor_time_off_range_check" CHECK ("doctor_time_off"."ends_on" >= "doctor_time_off"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "doctors" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"specialty" "doctor_specialty" NOT NULL,
	"qualification" text NOT NULL,
	"license_number" text NOT NULL,
	"experience_years" smallint DEFAULT 0 NOT NULL,
	"gender" "gender",
	"fee_online" numeric(10, 2),
	"fee_offline" numeric(10, 2),
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"bio" text,
	"photo_key" text,
	"facility_id" integer,
	"offers_online" boolean DEFAULT true NOT NULL,
	"offers_offline" boolean DEFAULT true NOT NULL,
	"timezone" text DEFAULT 'Asia/Kolkata' NOT NULL,
	"verification_status" "verification_status" DEFAULT 'pending' NOT NULL,
	"rejection_reason" text,
	"verified_at" timestamp with time zone,
	"verified_by" integer,
	"rating_avg" numeric(2, 1) DEFAULT '0' NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doctors_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "doctors_user_id_uniq" UNIQUE("user_id"),
	CONSTRAINT "doctors_license_number_uniq" UNIQUE("license_number"),
	CONSTRAINT "doctors_experience_years_check" CHECK ("doctors"."experience_years" between 0 and 80),
	CONSTRAINT "doctors_fee_online_check" CHECK ("doctors"."fee_online" >= 0),
	CONSTRAINT "doctors_fee_offline_check" CHECK ("doctors"."fee_offline" >= 0),
	CONSTRAINT "doctors_online_fee_required" CHECK (not "doctors"."offers_online" or "doctors"."fee_online" is not null),
	CONSTRAINT "doctors_offline_fee_required" CHECK (not "doctors"."offers_offline" or "doctors"."fee_offline" is not null),
	CONSTRAINT "doctors_offers_a_mode" CHECK ("doctors"."offers_online" or "doctors"."offers_offline"),
	CONSTRAINT "doctors_rating_avg_check" CHECK ("doctors"."rating_avg" between 0 and 5),
	CONSTRAINT "doctors_rating_count_check" CHECK ("doctors"."rating_count" >= 0),
	CONSTRAINT "doctors_rejection_reason_check" CHECK ("doctors"."verification_status" <> 'rejected' or "doctors"."rejection_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "email_outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"to_email" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text,
	"template" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_outbox_uuid_unique" UNIQUE("uuid")
);
--> statement-breakpoint
CREATE TABLE "email_verification_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_verification_tokens_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "email_verification_tokens_token_hash_uniq" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "emergency_notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" integer NOT NULL,
	"facility_id" integer NOT NULL,
	"distance_km" numeric(6, 2),
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"response" "emergency_response" DEFAULT 'none' NOT NULL,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emergency_notifications_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "emergency_notifications_request_facility_uniq" UNIQUE("request_id","facility_id"),
	CONSTRAINT "emergency_notifications_distance_check" CHECK ("emergency_notifications"."distance_km" >= 0)
);
--> statement-breakpoint
CREATE TABLE "emergency_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_number" text NOT NULL,
	"requester_id" integer,
	"emergency_type" "emergency_type" NOT NULL,
	"patient_name" text NOT NULL,
	"patient_age" smallint,
	"patient_gender" "gender",
	"symptoms" text NOT NULL,
	"address" text,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"contact_phone" text NOT NULL,
	"media_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "emergency_status" DEFAULT 'pending' NOT NULL,
	"priority" "emergency_priority" DEFAULT 'high' NOT NULL,
	"acknowledged_by_facility_id" integer,
	"acknowledged_at" timestamp with time zone,
	"ambulance_eta_minutes" smallint,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emergency_requests_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "emergency_requests_request_number_uniq" UNIQUE("request_number"),
	CONSTRAINT "emergency_requests_patient_age_check" CHECK ("emergency_requests"."patient_age" between 0 and 130),
	CONSTRAINT "emergency_requests_eta_check" CHECK ("emergency_requests"."ambulance_eta_minutes" >= 0),
	CONSTRAINT "emergency_requests_latitude_check" CHECK ("emergency_requests"."latitude" between -90 and 90),
	CONSTRAINT "emergency_requests_longitude_check" CHECK ("emergency_requests"."longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "facilities" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"type" "facility_type" DEFAULT 'clinic' NOT NULL,
	"category" "facility_category" DEFAULT 'private' NOT NULL,
	"description" text,
	"address_line" text,
	"area" text,
	"city" text NOT NULL,
	"state" text,
	"pincode" text,
	"latitude" numeric(9, 6) NOT NULL,
	"longitude" numeric(9, 6) NOT NULL,
	"phone" text,
	"emergency_phone" text,
	"email" text,
	"departments" text[] DEFAULT '{}'::text[] NOT NULL,
	"has_emergency" boolean DEFAULT false NOT NULL,
	"has_icu" boolean DEFAULT false NOT NULL,
	"has_ambulance" boolean DEFAULT false NOT NULL,
	"has_ot" boolean DEFAULT false NOT NULL,
	"has_lab" boolean DEFAULT false NOT NULL,
	"has_pharmacy" boolean DEFAULT false NOT NULL,
	"has_blood_bank" boolean DEFAULT false NOT NULL,
	"is_24x7" boolean DEFAULT false NOT NULL,
	"visiting_hours" text,
	"insurance_supported" boolean DEFAULT false NOT NULL,
	"cashless" boolean DEFAULT false NOT NULL,
	"rating_avg" numeric(2, 1) DEFAULT '0' NOT NULL,
	"rating_count" integer DEFAULT 0 NOT NULL,
	"owner_user_id" integer,
	"verified" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facilities_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "facilities_pincode_check" CHECK ("facilities"."pincode" ~ '^[0-9]{6}$'),
	CONSTRAINT "facilities_latitude_check" CHECK ("facilities"."latitude" between -90 and 90),
	CONSTRAINT "facilities_longitude_check" CHECK ("facilities"."longitude" between -180 and 180),
	CONSTRAINT "facilities_rating_avg_check" CHECK ("facilities"."rating_avg" between 0 and 5),
	CONSTRAINT "facilities_rating_count_check" CHECK ("facilities"."rating_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "forum_post_upvotes" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_post_upvotes_post_user_uniq" UNIQUE("post_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "forum_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"author_id" integer NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"category" "forum_category" DEFAULT 'general' NOT NULL,
	"upvotes" integer DEFAULT 0 NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"is_pinned" boolean DEFAULT false NOT NULL,
	"locked_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_posts_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "forum_posts_title_length_check" CHECK (char_length("forum_posts"."title") between 1 and 200),
	CONSTRAINT "forum_posts_content_length_check" CHECK (char_length("forum_posts"."content") between 1 and 10000),
	CONSTRAINT "forum_posts_counters_check" CHECK ("forum_posts"."upvotes" >= 0 and "forum_posts"."views" >= 0 and "forum_posts"."reply_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "forum_replies" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"post_id" integer NOT NULL,
	"author_id" integer NOT NULL,
	"content" text NOT NULL,
	"upvotes" integer DEFAULT 0 NOT NULL,
	"is_helpful" boolean DEFAULT false NOT NULL,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_replies_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "forum_replies_content_length_check" CHECK (char_length("forum_replies"."content") between 1 and 10000),
	CONSTRAINT "forum_replies_upvotes_check" CHECK ("forum_replies"."upvotes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "forum_reply_upvotes" (
	"id" serial PRIMARY KEY NOT NULL,
	"reply_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_reply_upvotes_reply_user_uniq" UNIQUE("reply_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "health_profiles" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"date_of_birth" date,
	"age" smallint,
	"gender" "gender",
	"city" text,
	"blood_group" "blood_group",
	"conditions" text[] DEFAULT '{}'::text[] NOT NULL,
	"allergies" text[] DEFAULT '{}'::text[] NOT NULL,
	"medications" text[] DEFAULT '{}'::text[] NOT NULL,
	"height_cm" numeric(4, 1),
	"weight_kg" numeric(4, 1),
	"bp" text,
	"notes" text,
	"emergency_contact" text,
	"language" "locale",
	"abha_number" text,
	"abha_address" text,
	"abha_linked_at" timestamp with time zone,
	"onboarding_completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_profiles_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "health_profiles_user_id_uniq" UNIQUE("user_id"),
	CONSTRAINT "health_profiles_abha_number_uniq" UNIQUE("abha_number"),
	CONSTRAINT "health_profiles_abha_address_uniq" UNIQUE("abha_address"),
	CONSTRAINT "health_profiles_abha_number_check" CHECK ("health_profiles"."abha_number" ~ '^[0-9]{14}$'),
	CONSTRAINT "health_profiles_abha_address_check" CHECK ("health_profiles"."abha_address" ~ '^[a-z0-9._]+@(abdm|sbx)$'),
	CONSTRAINT "health_profiles_age_check" CHECK ("health_profiles"."age" between 0 and 130),
	CONSTRAINT "health_profiles_height_check" CHECK ("health_profiles"."height_cm" between 20 and 280),
	CONSTRAINT "health_profiles_weight_check" CHECK ("health_profiles"."weight_kg" between 0.5 and 500)
);
--> statement-breakpoint
CREATE TABLE "health_records" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"record_type" "health_record_type" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"document_date" date,
	"doctor_name" text,
	"hospital_name" text,
	"file_key" text,
	"mime_type" text,
	"size_bytes" integer,
	"source" "health_record_source" DEFAULT 'upload' NOT NULL,
	"uploaded_by" integer,
	"abha_synced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_records_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "health_records_size_bytes_check" CHECK ("health_records"."size_bytes" >= 0),
	CONSTRAINT "health_records_file_has_type" CHECK ("health_records"."file_key" is null or "health_records"."mime_type" is not null)
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"key" text NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"request_hash" text NOT NULL,
	"response_status" smallint,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "idempotency_keys_user_key_uniq" UNIQUE("user_id","key"),
	CONSTRAINT "idempotency_keys_key_length_check" CHECK (char_length("idempotency_keys"."key") between 1 and 255)
);
--> statement-breakpoint
CREATE TABLE "lab_booking_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"booking_id" integer NOT NULL,
	"lab_test_id" integer NOT NULL,
	"name_snapshot" text NOT NULL,
	"price_snapshot" numeric(10, 2) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lab_booking_items_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "lab_booking_items_booking_test_uniq" UNIQUE("booking_id","lab_test_id"),
	CONSTRAINT "lab_booking_items_price_check" CHECK ("lab_booking_items"."price_snapshot" >= 0)
);
--> statement-breakpoint
CREATE TABLE "lab_bookings" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"booking_type" "lab_booking_type" NOT NULL,
	"date" date NOT NULL,
	"time_slot" time NOT NULL,
	"collection_address" jsonb,
	"status" "lab_booking_status" DEFAULT 'booked' NOT NULL,
	"total" numeric(10, 2) NOT NULL,
	"payment_method" "payment_method" DEFAULT 'cod' NOT NULL,
	"payment_status" "payment_status" DEFAULT 'pending' NOT NULL,
	"lab_name" text,
	"report_record_id" integer,
	"cancel_reason" text,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lab_bookings_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "lab_bookings_total_check" CHECK ("lab_bookings"."total" >= 0),
	CONSTRAINT "lab_bookings_home_address_check" CHECK ("lab_bookings"."booking_type" <> 'home_collection' or "lab_bookings"."collection_address" is not null)
);
--> statement-breakpoint
CREATE TABLE "lab_package_items" (
	"package_id" integer NOT NULL,
	"test_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lab_package_items_pk" PRIMARY KEY("package_id","test_id"),
	CONSTRAINT "lab_package_items_not_self_check" CHECK ("lab_package_items"."package_id" <> "lab_package_items"."test_id")
);
--> statement-breakpoint
CREATE TABLE "lab_tests" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"category" "lab_test_category" NOT NULL,
	"is_package" boolean DEFAULT false NOT NULL,
	"description" text,
	"parameters" text[] DEFAULT '{}'::text[] NOT NULL,
	"price" numeric(10, 2) NOT NULL,
	"mrp" numeric(10, 2) NOT NULL,
	"sample_type" text,
	"fasting_required" boolean DEFAULT false NOT NULL,
	"fasting_hours" smallint,
	"report_time" text,
	"home_collection" boolean DEFAULT true NOT NULL,
	"preparation" text,
	"is_popular" boolean DEFAULT false NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lab_tests_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "lab_tests_code_uniq" UNIQUE("code"),
	CONSTRAINT "lab_tests_price_check" CHECK ("lab_tests"."price" >= 0 and "lab_tests"."price" <= "lab_tests"."mrp"),
	CONSTRAINT "lab_tests_fasting_hours_check" CHECK ("lab_tests"."fasting_hours" between 0 and 24)
);
--> statement-breakpoint
CREATE TABLE "medicine_order_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_id" integer NOT NULL,
	"medicine_id" integer,
	"name_snapshot" text NOT NULL,
	"unit_price" numeric(10, 2) NOT NULL,
	"quantity" integer NOT NULL,
	"dosage" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medicine_order_items_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "medicine_order_items_quantity_check" CHECK ("medicine_order_items"."quantity" > 0),
	CONSTRAINT "medicine_order_items_unit_price_check" CHECK ("medicine_order_items"."unit_price" >= 0)
);
--> statement-breakpoint
CREATE TABLE "medicine_orders" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_number" text NOT NULL,
	"user_id" integer NOT NULL,
	"status" "medicine_order_status" DEFAULT 'pending' NOT NULL,
	"subtotal" numeric(10, 2) NOT NULL,
	"delivery_fee" numeric(10, 2) DEFAULT '0' NOT NULL,
	"total" numeric(10, 2) NOT NULL,
	"payment_method" "payment_method" NOT NULL,
	"payment_status" "payment_status" DEFAULT 'pending' NOT NULL,
	"delivery_address" jsonb NOT NULL,
	"prescription_record_id" integer,
	"expected_delivery" date,
	"pharmacy_name" text,
	"notes" text,
	"cancel_reason" text,
	"cancelled_at" timestamp with time zone,
	"dispatched_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medicine_orders_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "medicine_orders_order_number_uniq" UNIQUE("order_number"),
	CONSTRAINT "medicine_orders_subtotal_check" CHECK ("medicine_orders"."subtotal" >= 0),
	CONSTRAINT "medicine_orders_delivery_fee_check" CHECK ("medicine_orders"."delivery_fee" >= 0),
	CONSTRAINT "medicine_orders_total_check" CHECK ("medicine_orders"."total" >= 0)
);
--> statement-breakpoint
CREATE TABLE "medicines" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"generic_name" text,
	"manufacturer" text,
	"form" "medicine_form" NOT NULL,
	"category" text,
	"strength" text,
	"pack_size" text,
	"price" numeric(10, 2) NOT NULL,
	"mrp" numeric(10, 2) NOT NULL,
	"prescription_required" boolean DEFAULT false NOT NULL,
	"stock_qty" integer DEFAULT 0 NOT NULL,
	"image_url" text,
	"description" text,
	"usage_instructions" text,
	"side_effects" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "medicines_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "medicines_price_check" CHECK ("medicines"."price" >= 0 and "medicines"."price" <= "medicines"."mrp"),
	CONSTRAINT "medicines_stock_qty_check" CHECK ("medicines"."stock_qty" >= 0)
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"appt_reminder" boolean DEFAULT true NOT NULL,
	"appt_confirmed" boolean DEFAULT true NOT NULL,
	"appt_rescheduled" boolean DEFAULT true NOT NULL,
	"med_dose_reminder" boolean DEFAULT true NOT NULL,
	"med_refill" boolean DEFAULT true NOT NULL,
	"med_interaction" boolean DEFAULT true NOT NULL,
	"tips_daily" boolean DEFAULT false NOT NULL,
	"goal_reminders" boolean DEFAULT true NOT NULL,
	"weekly_trends" boolean DEFAULT false NOT NULL,
	"lab_report_ready" boolean DEFAULT true NOT NULL,
	"record_added" boolean DEFAULT false NOT NULL,
	"coach_messages" boolean DEFAULT true NOT NULL,
	"channel_push" boolean DEFAULT true NOT NULL,
	"channel_sms" boolean DEFAULT false NOT NULL,
	"channel_email" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "notification_preferences_user_id_uniq" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"type" "notification_type" DEFAULT 'general' NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"priority" "notification_priority" DEFAULT 'medium' NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "notifications_link_internal_check" CHECK ("notifications"."link" ~ '^/' and "notifications"."link" !~ '^//' and strpos("notifications"."link", chr(92)) = 0)
);
--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_reset_tokens_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "password_reset_tokens_token_hash_uniq" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"purpose" "payment_purpose" NOT NULL,
	"reference_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"amount" numeric(10, 2) NOT NULL,
	"method" "payment_method" NOT NULL,
	"provider" text,
	"provider_ref" text,
	"status" "payment_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "payments_provider_ref_uniq" UNIQUE("provider","provider_ref"),
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "prescription_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"prescription_id" integer NOT NULL,
	"medicine_id" integer,
	"name_snapshot" text NOT NULL,
	"dosage" text NOT NULL,
	"frequency" "dose_frequency" NOT NULL,
	"duration" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"instructions" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prescription_items_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "prescription_items_quantity_check" CHECK ("prescription_items"."quantity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "prescriptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"prescription_number" text NOT NULL,
	"appointment_id" integer,
	"patient_id" integer NOT NULL,
	"doctor_id" integer NOT NULL,
	"diagnosis" text NOT NULL,
	"symptoms" text,
	"special_instructions" text,
	"tests_recommended" text[] DEFAULT '{}'::text[] NOT NULL,
	"follow_up_date" date,
	"status" "prescription_status" DEFAULT 'draft' NOT NULL,
	"issued_at" timestamp with time zone,
	"record_id" integer,
	"signature_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prescriptions_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "prescriptions_prescription_number_uniq" UNIQUE("prescription_number"),
	CONSTRAINT "prescriptions_appointment_id_uniq" UNIQUE("appointment_id"),
	CONSTRAINT "prescriptions_issued_at_check" CHECK ("prescriptions"."status" = 'draft' or "prescriptions"."issued_at" is not null),
	CONSTRAINT "prescriptions_follow_up_check" CHECK ("prescriptions"."follow_up_date" >= ((coalesce("prescriptions"."issued_at", "prescriptions"."created_at") at time zone 'Asia/Kolkata')::date))
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"patient_id" integer NOT NULL,
	"doctor_id" integer NOT NULL,
	"appointment_id" integer,
	"rating" smallint NOT NULL,
	"review" text,
	"would_recommend" boolean,
	"hidden_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ratings_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "ratings_patient_doctor_uniq" UNIQUE("patient_id","doctor_id"),
	CONSTRAINT "ratings_rating_check" CHECK ("ratings"."rating" between 1 and 5),
	CONSTRAINT "ratings_review_length_check" CHECK (char_length("ratings"."review") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "record_access_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"record_id" integer,
	"record_title" text,
	"owner_id" integer NOT NULL,
	"accessed_by" integer,
	"action" "record_access_action" NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_access_log_uuid_unique" UNIQUE("uuid")
);
--> statement-breakpoint
CREATE TABLE "record_shares" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" integer NOT NULL,
	"doctor_id" integer NOT NULL,
	"record_id" integer,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_shares_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "record_shares_expiry_check" CHECK ("record_shares"."expires_at" > "record_shares"."created_at")
);
--> statement-breakpoint
CREATE TABLE "refresh_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"family_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"replaced_by_id" integer,
	"user_agent" text,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refresh_tokens_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "refresh_tokens_token_hash_uniq" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "saved_articles" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"article_id" integer NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_articles_user_article_uniq" UNIQUE("user_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "support_tickets" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer,
	"email" text,
	"subject" text NOT NULL,
	"message" text NOT NULL,
	"status" "support_ticket_status" DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_tickets_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "support_tickets_message_length_check" CHECK (char_length("support_tickets"."message") between 1 and 4000),
	CONSTRAINT "support_tickets_subject_length_check" CHECK (char_length("support_tickets"."subject") between 1 and 200),
	CONSTRAINT "support_tickets_contact_check" CHECK ("support_tickets"."user_id" is not null or "support_tickets"."email" is not null)
);
--> statement-breakpoint
CREATE TABLE "symptom_checks" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"user_id" integer,
	"symptoms" text[] DEFAULT '{}'::text[] NOT NULL,
	"free_text" text,
	"age" smallint,
	"sex" "gender",
	"duration_days" smallint,
	"follow_up" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"severity" "symptom_severity",
	"possible_conditions" jsonb,
	"recommended_specialty" "doctor_specialty",
	"summary" text,
	"advice" text[] DEFAULT '{}'::text[] NOT NULL,
	"red_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "symptom_check_status" DEFAULT 'in_progress' NOT NULL,
	"completed_at" timestamp with time zone,
	"appointment_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "symptom_checks_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "symptom_checks_age_check" CHECK ("symptom_checks"."age" between 0 and 130),
	CONSTRAINT "symptom_checks_duration_days_check" CHECK ("symptom_checks"."duration_days" >= 0),
	CONSTRAINT "symptom_checks_completed_has_severity" CHECK ("symptom_checks"."status" = 'in_progress' or "symptom_checks"."severity" is not null)
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"password_hash" text,
	"full_name" text NOT NULL,
	"phone" text,
	"photo_key" text,
	"role" "user_role" DEFAULT 'patient' NOT NULL,
	"locale" "locale" DEFAULT 'en' NOT NULL,
	"email_verified_at" timestamp with time zone,
	"session_version" integer DEFAULT 0 NOT NULL,
	"last_login_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "users_email_check" CHECK (position('@' in "users"."email") > 1),
	CONSTRAINT "users_session_version_check" CHECK ("users"."session_version" >= 0)
);
--> statement-breakpoint
CREATE TABLE "video_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"uuid" uuid DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" integer NOT NULL,
	"provider" text NOT NULL,
	"room_id" text NOT NULL,
	"status" "video_session_status" DEFAULT 'scheduled' NOT NULL,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_sessions_uuid_unique" UNIQUE("uuid"),
	CONSTRAINT "video_sessions_appointment_id_uniq" UNIQUE("appointment_id"),
	CONSTRAINT "video_sessions_ended_check" CHECK ("video_sessions"."ended_at" >= "video_sessions"."started_at")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_symptom_check_id_symptom_checks_id_fk" FOREIGN KEY ("symptom_check_id") REFERENCES "public"."symptom_checks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_rescheduled_from_id_appointments_id_fk" FOREIGN KEY ("rescheduled_from_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_conversations" ADD CONSTRAINT "coach_conversations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_messages" ADD CONSTRAINT "coach_messages_conversation_id_coach_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."coach_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_reports" ADD CONSTRAINT "content_reports_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_availability" ADD CONSTRAINT "doctor_availability_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_documents" ADD CONSTRAINT "doctor_documents_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_documents" ADD CONSTRAINT "doctor_documents_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_time_off" ADD CONSTRAINT "doctor_time_off_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctors" ADD CONSTRAINT "doctors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctors" ADD CONSTRAINT "doctors_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctors" ADD CONSTRAINT "doctors_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_verification_tokens" ADD CONSTRAINT "email_verification_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_notifications" ADD CONSTRAINT "emergency_notifications_request_id_emergency_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."emergency_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_notifications" ADD CONSTRAINT "emergency_notifications_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_requests" ADD CONSTRAINT "emergency_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_requests" ADD CONSTRAINT "emergency_requests_acknowledged_by_facility_id_facilities_id_fk" FOREIGN KEY ("acknowledged_by_facility_id") REFERENCES "public"."facilities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facilities" ADD CONSTRAINT "facilities_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_upvotes" ADD CONSTRAINT "forum_post_upvotes_post_id_forum_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_post_upvotes" ADD CONSTRAINT "forum_post_upvotes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_posts" ADD CONSTRAINT "forum_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_replies" ADD CONSTRAINT "forum_replies_post_id_forum_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."forum_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_replies" ADD CONSTRAINT "forum_replies_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_reply_upvotes" ADD CONSTRAINT "forum_reply_upvotes_reply_id_forum_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."forum_replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_reply_upvotes" ADD CONSTRAINT "forum_reply_upvotes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_profiles" ADD CONSTRAINT "health_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_records" ADD CONSTRAINT "health_records_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_booking_items" ADD CONSTRAINT "lab_booking_items_booking_id_lab_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."lab_bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_booking_items" ADD CONSTRAINT "lab_booking_items_lab_test_id_lab_tests_id_fk" FOREIGN KEY ("lab_test_id") REFERENCES "public"."lab_tests"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_bookings" ADD CONSTRAINT "lab_bookings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_bookings" ADD CONSTRAINT "lab_bookings_report_record_id_health_records_id_fk" FOREIGN KEY ("report_record_id") REFERENCES "public"."health_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_package_items" ADD CONSTRAINT "lab_package_items_package_id_lab_tests_id_fk" FOREIGN KEY ("package_id") REFERENCES "public"."lab_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lab_package_items" ADD CONSTRAINT "lab_package_items_test_id_lab_tests_id_fk" FOREIGN KEY ("test_id") REFERENCES "public"."lab_tests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medicine_order_items" ADD CONSTRAINT "medicine_order_items_order_id_medicine_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."medicine_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medicine_order_items" ADD CONSTRAINT "medicine_order_items_medicine_id_medicines_id_fk" FOREIGN KEY ("medicine_id") REFERENCES "public"."medicines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medicine_orders" ADD CONSTRAINT "medicine_orders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medicine_orders" ADD CONSTRAINT "medicine_orders_prescription_record_id_health_records_id_fk" FOREIGN KEY ("prescription_record_id") REFERENCES "public"."health_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescription_items" ADD CONSTRAINT "prescription_items_prescription_id_prescriptions_id_fk" FOREIGN KEY ("prescription_id") REFERENCES "public"."prescriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescription_items" ADD CONSTRAINT "prescription_items_medicine_id_medicines_id_fk" FOREIGN KEY ("medicine_id") REFERENCES "public"."medicines"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prescriptions" ADD CONSTRAINT "prescriptions_record_id_health_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."health_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_patient_id_users_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_access_log" ADD CONSTRAINT "record_access_log_record_id_health_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."health_records"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_access_log" ADD CONSTRAINT "record_access_log_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_access_log" ADD CONSTRAINT "record_access_log_accessed_by_users_id_fk" FOREIGN KEY ("accessed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_shares" ADD CONSTRAINT "record_shares_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_shares" ADD CONSTRAINT "record_shares_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_shares" ADD CONSTRAINT "record_shares_record_id_health_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."health_records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD CONSTRAINT "refresh_tokens_replaced_by_id_refresh_tokens_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."refresh_tokens"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_articles" ADD CONSTRAINT "saved_articles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_articles" ADD CONSTRAINT "saved_articles_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "symptom_checks" ADD CONSTRAINT "symptom_checks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "symptom_checks" ADD CONSTRAINT "symptom_checks_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_sessions" ADD CONSTRAINT "video_sessions_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_id_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "addresses_user_id_idx" ON "addresses" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "addresses_one_default_per_user_uniq" ON "addresses" USING btree ("user_id") WHERE "addresses"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_doctor_slot_live_uniq" ON "appointments" USING btree ("doctor_id","date","time") WHERE "appointments"."status" in ('pending', 'confirmed');--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_patient_slot_live_uniq" ON "appointments" USING btree ("patient_id","date","time") WHERE "appointments"."status" in ('pending', 'confirmed');--> statement-breakpoint
CREATE INDEX "appointments_patient_date_idx" ON "appointments" USING btree ("patient_id","date");--> statement-breakpoint
CREATE INDEX "appointments_doctor_date_idx" ON "appointments" USING btree ("doctor_id","date");--> statement-breakpoint
CREATE INDEX "appointments_symptom_check_id_idx" ON "appointments" USING btree ("symptom_check_id");--> statement-breakpoint
CREATE INDEX "appointments_rescheduled_from_id_idx" ON "appointments" USING btree ("rescheduled_from_id");--> statement-breakpoint
CREATE INDEX "article_comments_article_created_idx" ON "article_comments" USING btree ("article_id","created_at");--> statement-breakpoint
CREATE INDEX "article_comments_user_id_idx" ON "article_comments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "articles_locale_published_idx" ON "articles" USING btree ("locale","published_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_category_idx" ON "articles" USING btree ("category");--> statement-breakpoint
CREATE INDEX "coach_conversations_user_last_message_idx" ON "coach_conversations" USING btree ("user_id","last_message_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "coach_messages_conversation_created_idx" ON "coach_messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "content_reports_status_created_idx" ON "content_reports" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "content_reports_reporter_id_idx" ON "content_reports" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "doctor_availability_doctor_weekday_idx" ON "doctor_availability" USING btree ("doctor_id","weekday");--> statement-breakpoint
CREATE INDEX "doctor_documents_doctor_id_idx" ON "doctor_documents" USING btree ("doctor_id");--> statement-breakpoint
CREATE INDEX "doctor_time_off_doctor_starts_idx" ON "doctor_time_off" USING btree ("doctor_id","starts_on");--> statement-breakpoint
CREATE INDEX "doctors_verification_specialty_idx" ON "doctors" USING btree ("verification_status","specialty");--> statement-breakpoint
CREATE INDEX "doctors_facility_id_idx" ON "doctors" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "doctors_rating_avg_idx" ON "doctors" USING btree ("rating_avg" DESC NULLS LAST,"rating_count" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "doctors_fee_online_idx" ON "doctors" USING btree ("fee_online");--> statement-breakpoint
CREATE INDEX "doctors_fee_offline_idx" ON "doctors" USING btree ("fee_offline");--> statement-breakpoint
CREATE INDEX "doctors_experience_years_idx" ON "doctors" USING btree ("experience_years" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "doctors_languages_idx" ON "doctors" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "email_outbox_to_email_created_idx" ON "email_outbox" USING btree ("to_email","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "email_verification_tokens_user_id_idx" ON "email_verification_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "emergency_notifications_facility_id_idx" ON "emergency_notifications" USING btree ("facility_id");--> statement-breakpoint
CREATE INDEX "emergency_requests_status_created_idx" ON "emergency_requests" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "emergency_requests_requester_id_idx" ON "emergency_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "emergency_requests_facility_id_idx" ON "emergency_requests" USING btree ("acknowledged_by_facility_id");--> statement-breakpoint
CREATE INDEX "facilities_city_idx" ON "facilities" USING btree ("city");--> statement-breakpoint
CREATE INDEX "facilities_lat_lng_idx" ON "facilities" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "facilities_owner_user_id_idx" ON "facilities" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "forum_post_upvotes_user_id_idx" ON "forum_post_upvotes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "forum_posts_category_created_idx" ON "forum_posts" USING btree ("category","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "forum_posts_created_idx" ON "forum_posts" USING btree ("created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "forum_posts_upvotes_idx" ON "forum_posts" USING btree ("upvotes" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "forum_posts_author_id_idx" ON "forum_posts" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "forum_replies_post_created_idx" ON "forum_replies" USING btree ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "forum_replies_author_id_idx" ON "forum_replies" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "forum_reply_upvotes_user_id_idx" ON "forum_reply_upvotes" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "health_records_user_type_idx" ON "health_records" USING btree ("user_id","record_type");--> statement-breakpoint
CREATE INDEX "health_records_user_created_idx" ON "health_records" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "lab_booking_items_lab_test_id_idx" ON "lab_booking_items" USING btree ("lab_test_id");--> statement-breakpoint
CREATE INDEX "lab_bookings_user_date_idx" ON "lab_bookings" USING btree ("user_id","date");--> statement-breakpoint
CREATE INDEX "lab_bookings_status_date_idx" ON "lab_bookings" USING btree ("status","date");--> statement-breakpoint
CREATE INDEX "lab_package_items_test_id_idx" ON "lab_package_items" USING btree ("test_id");--> statement-breakpoint
CREATE INDEX "lab_tests_category_idx" ON "lab_tests" USING btree ("category");--> statement-breakpoint
CREATE INDEX "lab_tests_name_idx" ON "lab_tests" USING btree ("name");--> statement-breakpoint
CREATE INDEX "medicine_order_items_order_id_idx" ON "medicine_order_items" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "medicine_order_items_medicine_id_idx" ON "medicine_order_items" USING btree ("medicine_id");--> statement-breakpoint
CREATE INDEX "medicine_orders_user_created_idx" ON "medicine_orders" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "medicine_orders_status_idx" ON "medicine_orders" USING btree ("status");--> statement-breakpoint
CREATE INDEX "medicines_category_idx" ON "medicines" USING btree ("category");--> statement-breakpoint
CREATE INDEX "medicines_name_idx" ON "medicines" USING btree ("name");--> statement-breakpoint
CREATE INDEX "medicines_generic_name_idx" ON "medicines" USING btree ("generic_name");--> statement-breakpoint
CREATE INDEX "notifications_user_read_idx" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE INDEX "notifications_user_created_idx" ON "notifications" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_id_idx" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "payments_purpose_reference_idx" ON "payments" USING btree ("purpose","reference_id");--> statement-breakpoint
CREATE INDEX "payments_user_id_idx" ON "payments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "prescription_items_prescription_id_idx" ON "prescription_items" USING btree ("prescription_id");--> statement-breakpoint
CREATE INDEX "prescription_items_medicine_id_idx" ON "prescription_items" USING btree ("medicine_id");--> statement-breakpoint
CREATE INDEX "prescriptions_patient_created_idx" ON "prescriptions" USING btree ("patient_id","created_at");--> statement-breakpoint
CREATE INDEX "prescriptions_doctor_created_idx" ON "prescriptions" USING btree ("doctor_id","created_at");--> statement-breakpoint
CREATE INDEX "ratings_doctor_created_idx" ON "ratings" USING btree ("doctor_id","created_at");--> statement-breakpoint
CREATE INDEX "ratings_appointment_id_idx" ON "ratings" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "record_access_log_owner_at_idx" ON "record_access_log" USING btree ("owner_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "record_access_log_record_id_idx" ON "record_access_log" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "record_access_log_accessed_by_idx" ON "record_access_log" USING btree ("accessed_by");--> statement-breakpoint
CREATE INDEX "record_shares_doctor_owner_idx" ON "record_shares" USING btree ("doctor_id","owner_id");--> statement-breakpoint
CREATE INDEX "record_shares_owner_id_idx" ON "record_shares" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "record_shares_record_id_idx" ON "record_shares" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_user_id_idx" ON "refresh_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_family_id_idx" ON "refresh_tokens" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "refresh_tokens_expires_at_idx" ON "refresh_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "saved_articles_article_id_idx" ON "saved_articles" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "support_tickets_status_created_idx" ON "support_tickets" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "support_tickets_user_id_idx" ON "support_tickets" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "symptom_checks_user_created_idx" ON "symptom_checks" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "symptom_checks_appointment_id_idx" ON "symptom_checks" USING btree ("appointment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_uniq" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");