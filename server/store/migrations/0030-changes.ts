/**
 * The change feed. seq comes from a sequence; xid is the writing transaction's id, so a reader can hold back rows
 * of transactions that might still be running (server/store/changes.ts). Idempotency keys: the Envelope a
 * mutation returned, stored in the mutation's own transaction.
 */
export const sql = `
  CREATE SEQUENCE change_seq AS bigint;
  CREATE TABLE changes (
    seq bigint PRIMARY KEY DEFAULT nextval('change_seq'),
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    at timestamptz NOT NULL DEFAULT now(),
    by_name text NOT NULL,
    entity text NOT NULL CHECK (entity IN ('story', 'revision', 'mark', 'lease', 'issue', 'page', 'module', 'signoff')),
    entity_id text NOT NULL,
    op text NOT NULL CHECK (op IN ('create', 'update', 'delete', 'conflict', 'lock', 'unlock', 'takeover', 'decide')),
    story_id text,
    data jsonb
  );
  ALTER SEQUENCE change_seq OWNED BY changes.seq;
  CREATE TABLE idempotency_keys (
    account_id bigint NOT NULL REFERENCES accounts (id),
    key text NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
    method text NOT NULL,
    envelope jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, key)
  );
`;
