ALTER TABLE "succession_plans" ADD COLUMN "incumbent_nip" text;--> statement-breakpoint
ALTER TABLE "succession_plans" ADD COLUMN "incumbent_nama" text;--> statement-breakpoint
ALTER TABLE "succession_plans" ADD COLUMN "incumbent_unit_id" integer;--> statement-breakpoint
-- Plans stored before names travelled with them: name the incumbent, slate entries and near misses from the
-- review's own placements (the same people the review placed).
UPDATE "succession_plans" sp SET "incumbent_nip" = p."nip", "incumbent_nama" = p."nama", "incumbent_unit_id" = p."unit_id"
FROM "placements" p WHERE p."review_id" = sp."review_id" AND p."employee_id" = sp."incumbent_employee_id";--> statement-breakpoint
UPDATE "succession_plans" sp SET "slate" = coalesce((
  SELECT jsonb_agg(e.entry || jsonb_build_object('nama', coalesce(p."nama", ''), 'unitId', p."unit_id") ORDER BY e.ord)
  FROM jsonb_array_elements(sp."slate") WITH ORDINALITY AS e(entry, ord)
  LEFT JOIN "placements" p ON p."review_id" = sp."review_id" AND p."employee_id" = (e.entry->>'employeeId')::int
), '[]'::jsonb);--> statement-breakpoint
UPDATE "succession_plans" sp SET "near_misses" = jsonb_set(sp."near_misses", '{items}', coalesce((
  SELECT jsonb_agg(e.entry || jsonb_build_object('nama', coalesce(p."nama", ''), 'unitId', p."unit_id") ORDER BY e.ord)
  FROM jsonb_array_elements(sp."near_misses"->'items') WITH ORDINALITY AS e(entry, ord)
  LEFT JOIN "placements" p ON p."review_id" = sp."review_id" AND p."employee_id" = (e.entry->>'employeeId')::int
), '[]'::jsonb));
