/** A proof mark may be withdrawn by the proofreader who made it, before the editor decides it (status 'withdrawn'). */
export const sql = `
  ALTER TABLE marks DROP CONSTRAINT marks_status_check;
  ALTER TABLE marks ADD CONSTRAINT marks_status_check CHECK (status IN ('open', 'accepted', 'rejected', 'orphaned', 'withdrawn'));
`;
