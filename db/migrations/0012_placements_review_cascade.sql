ALTER TABLE "placements" DROP CONSTRAINT "placements_review_id_reviews_id_fk";
--> statement-breakpoint
-- Placements keep the review's cascade without a per-row reference check: deleting reviews deletes their
-- placements once per statement (see db/schema/reviews.ts).
CREATE FUNCTION "delete_placements_of_deleted_reviews"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "placements" p USING "deleted_reviews" d WHERE p."review_id" = d."id";
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "reviews_delete_placements" AFTER DELETE ON "reviews"
  REFERENCING OLD TABLE AS "deleted_reviews" FOR EACH STATEMENT EXECUTE FUNCTION "delete_placements_of_deleted_reviews"();
