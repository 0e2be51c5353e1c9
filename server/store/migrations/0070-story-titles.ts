/**
 * Story titles follow the desk's rule (shared/model/story-title.ts): a given title is the story's own, else it
 * follows the text on every save. Titles that exist already are kept as given; the housekeeping job's deletes get
 * their indexes (idempotency keys by age, sessions by expiry and revocation).
 */
export const sql = `
  ALTER TABLE stories ADD COLUMN title_is_custom boolean NOT NULL DEFAULT false;
  UPDATE stories SET title_is_custom = true WHERE title <> '';
  CREATE INDEX idempotency_keys_by_time ON idempotency_keys (created_at);
  CREATE INDEX sessions_by_expiry ON sessions (expires_at);
  CREATE INDEX sessions_by_revocation ON sessions (revoked_at) WHERE revoked_at IS NOT NULL;
`;
