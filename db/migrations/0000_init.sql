CREATE TABLE "instansi" (
	"id" serial PRIMARY KEY NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"slack_channel" text,
	"telegram_chat_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instansi_kode_unique" UNIQUE("kode")
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"instansi_id" integer PRIMARY KEY NOT NULL,
	"cron" text NOT NULL,
	"timezone" text NOT NULL,
	"enabled" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" serial PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"unit_id" integer NOT NULL,
	"jenis_jabatan" text NOT NULL,
	"jenjang_jf" text,
	"rumpun" text,
	"kritikal" boolean,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_instansi_kode" UNIQUE("instansi_id","kode")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"kode" text NOT NULL,
	"nama" text NOT NULL,
	"parent_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_instansi_kode" UNIQUE("instansi_id","kode")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"employee_id" integer NOT NULL,
	"tanggal" date NOT NULL,
	"jpm" double precision NOT NULL,
	"nilai_potensi" double precision NOT NULL,
	"lembaga" text,
	CONSTRAINT "assessments_natural_key" UNIQUE("employee_id","tanggal")
);
--> statement-breakpoint
CREATE TABLE "discipline" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"employee_id" integer NOT NULL,
	"tingkat" text NOT NULL,
	"jenis" text,
	"tmt_mulai" date NOT NULL,
	"tmt_selesai" date,
	CONSTRAINT "discipline_natural_key" UNIQUE("employee_id","tmt_mulai","tingkat")
);
--> statement-breakpoint
CREATE TABLE "employees" (
	"id" serial PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"nip" text NOT NULL,
	"nama" text NOT NULL,
	"jenis_pegawai" text NOT NULL,
	"jenis_kelamin" text,
	"tanggal_lahir" date,
	"golongan" text NOT NULL,
	"tmt_golongan" date,
	"position_id" integer NOT NULL,
	"tmt_jabatan" date NOT NULL,
	"pendidikan" text NOT NULL,
	"jurusan" text,
	"tmt_cpns" date,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employees_instansi_nip" UNIQUE("instansi_id","nip")
);
--> statement-breakpoint
CREATE TABLE "performance_ratings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"employee_id" integer NOT NULL,
	"tahun" integer NOT NULL,
	"periode" text NOT NULL,
	"rating_hasil_kerja" text,
	"rating_perilaku_kerja" text,
	"predikat" text NOT NULL,
	"nilai_skp" double precision,
	"source" text NOT NULL,
	CONSTRAINT "performance_natural_key" UNIQUE("employee_id","tahun","periode")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"employee_id" integer NOT NULL,
	"nama" text NOT NULL,
	"jenis" text,
	"jp" double precision NOT NULL,
	"tanggal_selesai" date NOT NULL,
	CONSTRAINT "trainings_natural_key" UNIQUE("employee_id","nama","tanggal_selesai")
);
--> statement-breakpoint
CREATE TABLE "calibrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"review_id" uuid NOT NULL,
	"employee_id" integer NOT NULL,
	"from_box" smallint NOT NULL,
	"to_box" smallint NOT NULL,
	"alasan" text NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"review_id" uuid NOT NULL,
	"employee_id" integer NOT NULL,
	"nip" text NOT NULL,
	"nama" text NOT NULL,
	"jenis_pegawai" text NOT NULL,
	"golongan" text NOT NULL,
	"pendidikan" text NOT NULL,
	"position_id" integer NOT NULL,
	"position_kode" text NOT NULL,
	"jabatan" text NOT NULL,
	"jenis_jabatan" text NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_kode" text NOT NULL,
	"unit_nama" text NOT NULL,
	"kinerja_score" double precision,
	"kinerja_level" text,
	"potensial_score" double precision,
	"potensial_level" text,
	"box" smallint,
	"calibrated_box" smallint,
	"nilai_talenta" double precision,
	"unrated_reasons" text[] NOT NULL,
	"flags" text[] NOT NULL,
	"explanation" jsonb NOT NULL,
	CONSTRAINT "placements_pk" PRIMARY KEY("review_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" serial PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_instansi_version" UNIQUE("instansi_id","version")
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"as_of" date NOT NULL,
	"status" text NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"policy_version" integer,
	"inputs_hash" text,
	"counts" jsonb,
	"timings" jsonb,
	"error" text,
	"trigger" text NOT NULL,
	"requested_by" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"finalized_at" timestamp with time zone,
	"finalized_by" text
);
--> statement-breakpoint
CREATE TABLE "slate_entries" (
	"review_id" uuid NOT NULL,
	"position_id" integer NOT NULL,
	"employee_id" integer NOT NULL,
	"rank" integer NOT NULL,
	CONSTRAINT "slate_entries_pk" PRIMARY KEY("review_id","position_id","employee_id")
);
--> statement-breakpoint
CREATE TABLE "succession_plans" (
	"review_id" uuid NOT NULL,
	"position_id" integer NOT NULL,
	"position_kode" text NOT NULL,
	"nama" text NOT NULL,
	"jenis_jabatan" text NOT NULL,
	"unit_id" integer NOT NULL,
	"kritikal" integer NOT NULL,
	"incumbent_employee_id" integer,
	"eligible_count" integer NOT NULL,
	"ready_now_count" integer NOT NULL,
	"risks" text[] NOT NULL,
	"slate" jsonb NOT NULL,
	"near_misses" jsonb NOT NULL,
	CONSTRAINT "succession_plans_pk" PRIMARY KEY("review_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"label" text,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"instansi_id" integer,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"target" text,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_identities" (
	"id" serial PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"platform" text NOT NULL,
	"external_id" text NOT NULL,
	"role" text NOT NULL,
	"unit_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_identities_platform_external" UNIQUE("platform","external_id")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"instansi_id" integer,
	"unit_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline" ADD CONSTRAINT "discipline_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employees" ADD CONSTRAINT "employees_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_ratings" ADD CONSTRAINT "performance_ratings_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_employee_id_employees_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."employees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibrations" ADD CONSTRAINT "calibrations_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slate_entries" ADD CONSTRAINT "slate_entries_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_plans" ADD CONSTRAINT "succession_plans_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_identities" ADD CONSTRAINT "chat_identities_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_identities" ADD CONSTRAINT "chat_identities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "positions_unit_idx" ON "positions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "positions_nama_idx" ON "positions" USING btree ("instansi_id",lower("nama"));--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "employees_position_idx" ON "employees" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "trainings_employee_date_idx" ON "trainings" USING btree ("employee_id","tanggal_selesai");--> statement-breakpoint
CREATE INDEX "calibrations_review_idx" ON "calibrations" USING btree ("review_id","employee_id");--> statement-breakpoint
CREATE INDEX "placements_review_unit_idx" ON "placements" USING btree ("review_id","unit_id");--> statement-breakpoint
CREATE INDEX "placements_review_nip_idx" ON "placements" USING btree ("review_id","nip");--> statement-breakpoint
CREATE INDEX "placements_employee_idx" ON "placements" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "reviews_instansi_asof_idx" ON "reviews" USING btree ("instansi_id","as_of");--> statement-breakpoint
CREATE INDEX "reviews_instansi_status_idx" ON "reviews" USING btree ("instansi_id","status","finished_at");--> statement-breakpoint
CREATE INDEX "slate_entries_employee_idx" ON "slate_entries" USING btree ("review_id","employee_id");--> statement-breakpoint
CREATE INDEX "succession_plans_kode_idx" ON "succession_plans" USING btree ("review_id","position_kode");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_instansi_at_idx" ON "audit_log" USING btree ("instansi_id","at");