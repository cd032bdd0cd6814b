CREATE TABLE "placement_box_counts" (
	"review_id" uuid NOT NULL,
	"unit_id" integer NOT NULL,
	"box" smallint,
	"count" integer NOT NULL,
	CONSTRAINT "placement_box_counts_key" UNIQUE NULLS NOT DISTINCT("review_id","unit_id","box"),
	CONSTRAINT "placement_box_counts_not_negative" CHECK ("placement_box_counts"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "placement_box_counts" ADD CONSTRAINT "placement_box_counts_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Reviews stored before the counts existed: count their placements once, so they read as a new review does.
INSERT INTO "placement_box_counts" ("review_id", "unit_id", "box", "count")
SELECT p."review_id", p."unit_id", p."effective_box", count(*)::int
FROM "placements" p JOIN "reviews" r ON r."id" = p."review_id"
GROUP BY p."review_id", p."unit_id", p."effective_box";
