CREATE TABLE "review_constants" (
	"review_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"explanation" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_constants" ADD CONSTRAINT "review_constants_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;