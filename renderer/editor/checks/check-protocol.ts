/** The messages between the story editor and the checks' Web Worker (check-worker.ts, check-runner.ts). */
import type { Block } from '../../../shared/model';
import type { CheckOptions, StoryFinding } from '../../../shared/proof';

export interface CheckRequest {
  /** Increases with every request; a reply carries it back. */
  seq: number;
  blocks: Block[];
  /** Which options to check with; `options` comes along only when the id changed since the last request. */
  optionsId: number;
  options?: CheckOptions;
}

export type CheckReply = { seq: number; findings: StoryFinding[] } | { seq: number; error: string };
