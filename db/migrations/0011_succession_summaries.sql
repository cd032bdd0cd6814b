CREATE TABLE "succession_summaries" (
	"review_id" uuid NOT NULL,
	"unit_id" integer NOT NULL,
	"critical_positions" integer NOT NULL,
	"positions_with_ready_now" integer NOT NULL,
	"eligible_sum" integer NOT NULL,
	"slate_loads" jsonb NOT NULL,
	"retiring" jsonb NOT NULL,
	CONSTRAINT "succession_summaries_pk" PRIMARY KEY("review_id","unit_id")
);
--> statement-breakpoint
ALTER TABLE "succession_summaries" ADD CONSTRAINT "succession_summaries_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;