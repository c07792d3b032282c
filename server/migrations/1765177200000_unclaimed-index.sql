-- Up Migration
-- Claim-next reads the oldest unclaimed item of a team: a partial index in exactly that order
-- spares a sort of the whole open queue on every claim.
CREATE INDEX items_unclaimed ON items (team_id, created_at, id) WHERE status = 'new' AND claimed_by IS NULL;

-- Down Migration
DROP INDEX items_unclaimed;
