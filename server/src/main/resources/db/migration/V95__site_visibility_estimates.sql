-- Row-level security asks ceasefire_site_visible(site_id) of every row. Written as
-- "setting in ('all', site_id::text)", the planner could not estimate it (the column sat inside a
-- cast inside an array) and guessed that 0.5% of rows pass: on a site of millions of incidents it
-- then chose nested loops over whole tables instead of walking an index to the first page
-- (a list of the newest 25 incidents took minutes). The same rule as a comparison of the column
-- with a constant of this statement is estimated from the column's statistics. Same meaning: the
-- setting names one site by its id (digits, no leading zeros) or is 'all'; anything else (unset,
-- empty, not a number) shows nothing.
create or replace function ceasefire_site_visible(row_site bigint) returns boolean
  language sql stable as $$
  select row_site = case when current_setting('app.site_id', true) ~ '^(0|[1-9][0-9]{0,17})$'
                         then current_setting('app.site_id', true)::bigint end
      or coalesce(current_setting('app.site_id', true), '') = 'all'
$$;
