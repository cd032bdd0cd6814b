CREATE TABLE "abk_kebutuhan" (
	"id" serial PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"position_id" integer NOT NULL,
	"tahun" integer NOT NULL,
	"kebutuhan" double precision NOT NULL,
	"sumber" text,
	"nomor_penetapan" text,
	"tanggal_penetapan" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "abk_kebutuhan_natural_key" UNIQUE("position_id","tahun")
);
--> statement-breakpoint
CREATE TABLE "abk_tugas" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"instansi_id" integer NOT NULL,
	"position_id" integer NOT NULL,
	"tahun" integer NOT NULL,
	"urutan" integer NOT NULL,
	"uraian_tugas" text NOT NULL,
	"satuan_hasil" text NOT NULL,
	"volume" double precision NOT NULL,
	"periode_volume" text NOT NULL,
	"waktu_penyelesaian" double precision NOT NULL,
	"satuan_waktu" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "abk_tugas_natural_key" UNIQUE("position_id","tahun","urutan")
);
--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "kode_referensi" text;--> statement-breakpoint
ALTER TABLE "abk_kebutuhan" ADD CONSTRAINT "abk_kebutuhan_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abk_kebutuhan" ADD CONSTRAINT "abk_kebutuhan_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abk_tugas" ADD CONSTRAINT "abk_tugas_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abk_tugas" ADD CONSTRAINT "abk_tugas_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "abk_kebutuhan_instansi_idx" ON "abk_kebutuhan" USING btree ("instansi_id","tahun");--> statement-breakpoint
CREATE INDEX "abk_tugas_instansi_idx" ON "abk_tugas" USING btree ("instansi_id","tahun");