CREATE TABLE "abk_positions" (
	"review_id" uuid NOT NULL,
	"position_id" integer NOT NULL,
	"position_kode" text NOT NULL,
	"unit_id" integer NOT NULL,
	"unit_kode" text NOT NULL,
	"unit_nama" text NOT NULL,
	"kurang" integer NOT NULL,
	"lebih" integer NOT NULL,
	"priority_rank" integer,
	"balance" jsonb NOT NULL,
	"outlook" jsonb NOT NULL,
	"priority" jsonb,
	CONSTRAINT "abk_positions_pk" PRIMARY KEY("review_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "abk_snapshots" (
	"review_id" uuid PRIMARY KEY NOT NULL,
	"tahun" integer,
	"inputs_hash" text NOT NULL,
	"inputs" jsonb NOT NULL,
	"years" integer[] NOT NULL,
	"total" jsonb NOT NULL,
	"units" jsonb NOT NULL,
	"outlook_totals" jsonb NOT NULL,
	"redistribution" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "abk_positions" ADD CONSTRAINT "abk_positions_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "abk_snapshots" ADD CONSTRAINT "abk_snapshots_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "abk_positions_unit_idx" ON "abk_positions" USING btree ("review_id","unit_id");--> statement-breakpoint
CREATE INDEX "abk_positions_kode_idx" ON "abk_positions" USING btree ("review_id","position_kode");