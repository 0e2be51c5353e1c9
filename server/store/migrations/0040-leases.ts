/** Story leases: one row per story ever leased; token is the newest fencing token issued for it. */
export const sql = `
  CREATE SEQUENCE lease_token_seq AS bigint;
  CREATE TABLE story_leases (
    story_id text PRIMARY KEY REFERENCES stories (id),
    holder text NOT NULL,
    role text NOT NULL CHECK (role IN ('editor', 'proofreader', 'layout', 'chief', 'admin')),
    client_id text NOT NULL CHECK (length(client_id) BETWEEN 1 AND 64),
    token bigint NOT NULL CHECK (token > 0),
    since timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    released boolean NOT NULL DEFAULT false,
    CHECK (expires_at >= since)
  );
`;
