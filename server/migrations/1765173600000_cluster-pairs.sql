-- Up Migration
-- Near-identical pairs of the current team's items. Row-level security keeps the trigram operator
-- from using the index (it is not leakproof), which makes the self-join quadratic; this function runs
-- as its owner, takes the team only from the request's own setting (never from an argument), and so
-- stays as narrow as the policies while using the index.
CREATE FUNCTION team_similar_pairs(threshold real, min_chars integer)
RETURNS TABLE (a uuid, b uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  team uuid := nullif(current_setting('ferry.team_id', true), '')::uuid;
BEGIN
  IF team IS NULL THEN
    RETURN;
  END IF;
  PERFORM set_config('pg_trgm.similarity_threshold', threshold::text, true);
  RETURN QUERY
    SELECT x.id, y.id FROM items x JOIN items y ON y.team_id = team AND x.id < y.id AND x.excerpt % y.excerpt
    WHERE x.team_id = team AND length(x.excerpt) >= min_chars AND length(y.excerpt) >= min_chars;
END
$$;
REVOKE ALL ON FUNCTION team_similar_pairs(real, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION team_similar_pairs(real, integer) TO ferry_app;

-- Down Migration
DROP FUNCTION team_similar_pairs(real, integer);
