/**
 * The paper's proofreading rules (ProofPolicy, kept in settings), and the one question export asks before
 * plating a page: assertPageMayPlate refuses a page that is not 签发 when the paper requires it.
 */
import { DEFAULT_PROOF_POLICY, ProofPolicySchema, type ProofPolicy } from '../../shared/model';
import type { ReadableDb, WritableDb } from './db';
import { StoreError, guardStorage } from './errors';
import { errorMessage } from '../../shared/errors';

const POLICY_KEY = 'proof-policy';

export function getProofPolicy(db: ReadableDb): ProofPolicy {
  return guardStorage(() => {
    const row = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(POLICY_KEY);
    const parsed = row ? ProofPolicySchema.safeParse(JSON.parse(row.value)) : null;
    return parsed?.success ? parsed.data : DEFAULT_PROOF_POLICY;
  });
}

export function setProofPolicy(db: WritableDb, policy: ProofPolicy): ProofPolicy {
  const valid = ProofPolicySchema.parse(policy);
  guardStorage(() =>
    db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(POLICY_KEY, JSON.stringify(valid)),
  );
  return valid;
}

/**
 * For export to plates: refuse ('conflict') a page that is not 签发 (status 'approved', or 'sent' for a re-send)
 * while the paper requires approval. The message says what to do.
 */
export function assertPageMayPlate(db: ReadableDb, pageId: string): void {
  const page = guardStorage(() =>
    db.prepare<[string], { number: number; status: string }>('SELECT number, status FROM pages WHERE id = ?').get(pageId),
  );
  if (!page) throw new StoreError('not-found', errorMessage('page-not-found', { id: pageId }));
  if (page.status === 'approved' || page.status === 'sent') return;
  if (!getProofPolicy(db).approvalRequiredForPlates) return;
  throw new StoreError(
    'conflict',
    errorMessage('plates-need-approval', { page: page.number }),
  );
}
