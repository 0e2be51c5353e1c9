/** A zod issue as a coded message: custom issues carry their own (`params.error`), the rest get a short reason. */
import type { z } from 'zod';
import { errorMessage, isErrorCode, type ErrorMessage } from './catalogue';

/** Put on a custom zod issue (`context.addIssue({ code: 'custom', message, params: issueError(m) })`). */
export function issueError(message: ErrorMessage): { error: ErrorMessage } {
  return { error: message };
}

function carried(issue: z.core.$ZodIssue): ErrorMessage | null {
  const error = (issue as { params?: { error?: ErrorMessage } }).params?.error;
  return error && typeof error.code === 'string' && isErrorCode(error.code) ? error : null;
}

/** Why a value failed its schema, in words every language has. */
export function zodIssueReason(issue: z.core.$ZodIssue): ErrorMessage {
  const own = carried(issue);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return errorMessage('zod-invalid-type');
    case 'too_small':
      return errorMessage('zod-too-small', { minimum: String(issue.minimum) });
    case 'too_big':
      return errorMessage('zod-too-big', { maximum: String(issue.maximum) });
    case 'invalid_value':
    case 'invalid_union':
      return errorMessage('zod-invalid-value');
    case 'unrecognized_keys':
      return errorMessage('zod-unrecognized-keys', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return errorMessage('zod-invalid-format');
    default:
      return errorMessage('zod-other');
  }
}
