/** Accounts (argon2id hashes), sessions (sha-256 of opaque tokens) and login attempts (for the throttle). */
export const sql = `
  CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100 AND name = btrim(name)),
    role text NOT NULL CHECK (role IN ('editor', 'proofreader', 'layout', 'chief', 'admin')),
    password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz
  );
  CREATE TABLE sessions (
    token_sha256 bytea PRIMARY KEY CHECK (octet_length(token_sha256) = 32),
    account_id bigint NOT NULL REFERENCES accounts (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    CHECK (expires_at > created_at)
  );
  CREATE INDEX sessions_by_account ON sessions (account_id);
  CREATE TABLE login_failures (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    address text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX login_failures_by_key ON login_failures (name, address, at);
  CREATE INDEX login_failures_by_time ON login_failures (at);
`;
