/**
 * Proof marks (the ProofMark document, with the columns the server filters and decides on), the page plan as
 * versioned JSON documents, 签发 rows and the export log.
 */
export const sql = `
  CREATE TABLE marks (
    id text PRIMARY KEY,
    story_id text NOT NULL REFERENCES stories (id),
    status text NOT NULL CHECK (status IN ('open', 'accepted', 'rejected', 'orphaned')),
    doc jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX marks_by_story ON marks (story_id, created_at);
  CREATE TABLE issues (
    id text PRIMARY KEY,
    issue_date date NOT NULL,
    paper_name text NOT NULL CHECK (length(paper_name) BETWEEN 1 AND 40),
    created_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE TABLE pages (
    id text PRIMARY KEY,
    issue_id text NOT NULL REFERENCES issues (id),
    number integer NOT NULL CHECK (number >= 1),
    version integer NOT NULL CHECK (version >= 1),
    doc jsonb NOT NULL CHECK (jsonb_typeof(doc -> 'modules') = 'array'),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (issue_id, number)
  );
  CREATE TABLE page_signoffs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id text NOT NULL REFERENCES pages (id),
    kind text NOT NULL CHECK (kind IN ('approve', 'withdraw')),
    by_name text NOT NULL,
    by_role text NOT NULL,
    at timestamptz NOT NULL DEFAULT now(),
    note text,
    CHECK ((kind = 'withdraw') = (note IS NOT NULL))
  );
  CREATE TABLE page_exports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    page_id text NOT NULL REFERENCES pages (id),
    kind text NOT NULL CHECK (kind IN ('pdf', 'plates', 'proof')),
    sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    by_name text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
  );
`;
