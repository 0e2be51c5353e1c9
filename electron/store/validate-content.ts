/** The store's own check of story content: nothing unvalidated is ever written, whoever calls. */
import { StoryContentSchema, type StoryContent } from '../../shared/model';
import { StoreError } from './errors';
import { errorMessage, zodIssueReason } from '../../shared/errors';

export function validateContent(content: unknown): StoryContent {
  const parsed = StoryContentSchema.safeParse(content);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = ['content', ...issue.path.map(String)].join('.');
  throw new StoreError('invalid', errorMessage('field-invalid', { what: errorMessage('input-content'), field, why: zodIssueReason(issue) }), { field });
}
