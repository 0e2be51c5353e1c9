/**
 * The whole page plan on the server, so every desk composes the same page: the 报头 fields beyond date
 * and name (publisher, 第N期, 总第N期, registration), and picture assets by content hash. Page numbers are
 * checked at commit, so a push that renumbers pages may pass through a moment where two share a number.
 */
export const sql = `
  ALTER TABLE issues ADD COLUMN fields jsonb CHECK (fields IS NULL OR jsonb_typeof(fields) = 'object');
  ALTER TABLE pages DROP CONSTRAINT pages_issue_id_number_key;
  ALTER TABLE pages ADD CONSTRAINT pages_issue_id_number_key UNIQUE (issue_id, number) DEFERRABLE INITIALLY DEFERRED;
  CREATE TABLE assets (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    meta jsonb NOT NULL,
    bytes bytea NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  );
`;
