-- Up Migration
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The role every request runs as (SET LOCAL ROLE). It owns nothing, so row-level security applies to it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ferry_app') THEN
    CREATE ROLE ferry_app NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;
GRANT ferry_app TO CURRENT_USER;

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  retention_days integer CHECK (retention_days BETWEEN 1 AND 3650),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE moderators (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('moderator', 'lead')),
  -- Public half of the token, for lookup; the secret half is kept only as a scrypt hash.
  token_id text NOT NULL UNIQUE,
  token_salt bytea NOT NULL,
  token_hash bytea NOT NULL,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (team_id, name)
);

-- Every change to an item takes the next number: a team's highest number and its item count make the listings' ETag.
CREATE SEQUENCE change_seq;

CREATE TABLE items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  key text NOT NULL,
  site text NOT NULL,
  post_id text NOT NULL,
  author text,
  excerpt text NOT NULL,
  body jsonb NOT NULL,
  jurisdiction jsonb NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'reviewed', 'escalated', 'dismissed')),
  note text NOT NULL DEFAULT '',
  version integer NOT NULL DEFAULT 0,
  changed_seq bigint NOT NULL DEFAULT nextval('change_seq'),
  filed_by uuid NOT NULL REFERENCES moderators (id),
  claimed_by uuid REFERENCES moderators (id),
  claimed_at timestamptz,
  decided_by uuid REFERENCES moderators (id),
  decided_at timestamptz,
  first_seen_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (team_id, key)
);
CREATE INDEX items_queue ON items (team_id, status, claimed_by, created_at);
CREATE INDEX items_created ON items (team_id, created_at);
CREATE INDEX items_changed ON items (team_id, changed_seq);
CREATE INDEX items_excerpt_trgm ON items USING gin (excerpt gin_trgm_ops);

-- Append-only: the app role may insert and read, never change or remove (grants below, and a trigger for everyone else).
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  item_id uuid NOT NULL,
  item_key text NOT NULL,
  action text NOT NULL CHECK (action IN ('filed', 'claimed', 'released', 'reviewed', 'escalated', 'dismissed')),
  note text NOT NULL DEFAULT '',
  moderator_id uuid NOT NULL REFERENCES moderators (id),
  version integer NOT NULL,
  idempotency_key text,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX audit_idempotency ON audit_log (team_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX audit_item ON audit_log (team_id, item_id, id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Removing a whole team (ON DELETE CASCADE) is the only way rows leave.
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM teams WHERE id = OLD.team_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Row-level security: a request sees only the rows of the team its token belongs to.
ALTER TABLE teams ENABLE ROW LEVEL SECURITY;
ALTER TABLE moderators ENABLE ROW LEVEL SECURITY;
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_only ON teams TO ferry_app
  USING (id = nullif(current_setting('ferry.team_id', true), '')::uuid);
CREATE POLICY team_only ON moderators TO ferry_app
  USING (team_id = nullif(current_setting('ferry.team_id', true), '')::uuid);
CREATE POLICY team_only ON items TO ferry_app
  USING (team_id = nullif(current_setting('ferry.team_id', true), '')::uuid)
  WITH CHECK (team_id = nullif(current_setting('ferry.team_id', true), '')::uuid);
CREATE POLICY team_only ON audit_log TO ferry_app
  USING (team_id = nullif(current_setting('ferry.team_id', true), '')::uuid)
  WITH CHECK (team_id = nullif(current_setting('ferry.team_id', true), '')::uuid);

GRANT USAGE ON SCHEMA public TO ferry_app;
GRANT SELECT ON teams TO ferry_app;
GRANT UPDATE (retention_days) ON teams TO ferry_app;
GRANT USAGE ON SEQUENCE change_seq TO ferry_app;
GRANT SELECT (id, team_id, name, role, revoked_at, created_at) ON moderators TO ferry_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON items TO ferry_app;
GRANT SELECT, INSERT ON audit_log TO ferry_app;

-- Down Migration
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
DROP TABLE items;
DROP TABLE moderators;
DROP TABLE teams;
DROP SEQUENCE change_seq;
