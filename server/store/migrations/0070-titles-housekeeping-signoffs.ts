/**
 * Story titles follow the desk's rule (shared/model/story-title.ts): a given title is the story's own, else it
 * follows the text on every save. Titles that exist already are kept as given; the housekeeping job's deletes get
 * their indexes (idempotency keys by age, sessions by expiry and revocation). Page sign-offs take the rounds
 * (一校 … 通读) and the 责任编辑's page signature beside 签发 and its withdrawal.
 */
export const sql = `
  ALTER TABLE stories ADD COLUMN title_is_custom boolean NOT NULL DEFAULT false;
  UPDATE stories SET title_is_custom = true WHERE title <> '';
  CREATE INDEX idempotency_keys_by_time ON idempotency_keys (created_at);
  CREATE INDEX sessions_by_expiry ON sessions (expires_at);
  CREATE INDEX sessions_by_revocation ON sessions (revoked_at) WHERE revoked_at IS NOT NULL;
  ALTER TABLE page_signoffs DROP CONSTRAINT page_signoffs_kind_check;
  ALTER TABLE page_signoffs ADD CONSTRAINT page_signoffs_kind_check CHECK (kind IN ('round', 'page', 'approve', 'withdraw'));
  ALTER TABLE page_signoffs ADD COLUMN round text CHECK (round IN ('first', 'second', 'third', 'read-through'));
  ALTER TABLE page_signoffs ADD CONSTRAINT page_signoffs_round_kind_check CHECK ((kind = 'round') = (round IS NOT NULL));
`;
