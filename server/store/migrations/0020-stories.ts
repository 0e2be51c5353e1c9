/**
 * Stories and their revisions. head_revision is the current revision; last_number the highest number used, since
 * conflict revisions take numbers too without becoming current. Revisions are append-only.
 */
export const sql = `
  CREATE TABLE stories (
    id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
    title text NOT NULL CHECK (length(title) <= 200),
    status text NOT NULL DEFAULT 'draft'
      CHECK (status IN ('draft', 'to-edit', 'edited', 'to-proof', 'proofed', 'approved')),
    author text NOT NULL,
    head_revision integer NOT NULL CHECK (head_revision >= 1),
    last_number integer NOT NULL CHECK (last_number >= head_revision),
    chars integer NOT NULL CHECK (chars >= 0),
    han_chars integer NOT NULL CHECK (han_chars >= 0 AND han_chars <= chars),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
  );
  CREATE TABLE revisions (
    story_id text NOT NULL REFERENCES stories (id),
    number integer NOT NULL CHECK (number >= 1),
    author text NOT NULL,
    reason text NOT NULL CHECK (reason IN ('create', 'edit', 'restore', 'import', 'demo', 'conflict', 'mark')),
    content jsonb NOT NULL CHECK (jsonb_typeof(content -> 'blocks') = 'array'),
    chars integer NOT NULL CHECK (chars >= 0),
    han_chars integer NOT NULL CHECK (han_chars >= 0),
    conflict_base integer,
    conflict_current integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (story_id, number),
    CHECK ((reason = 'conflict') = (conflict_base IS NOT NULL AND conflict_current IS NOT NULL))
  );
  CREATE FUNCTION revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'revisions are append-only'; END $$;
  CREATE TRIGGER revisions_never_changed BEFORE UPDATE OR DELETE ON revisions
    FOR EACH ROW EXECUTE FUNCTION revisions_append_only();
`;
