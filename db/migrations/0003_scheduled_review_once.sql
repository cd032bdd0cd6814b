ALTER TABLE "reviews" ADD COLUMN "schedule" text;--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_scheduled_once" ON "reviews" USING btree ("instansi_id","as_of","schedule");