import { describe, expect, it } from 'vitest';
import {
  ROLE_LABELS_ZH,
  Roles,
  StoryStatuses,
  canTransition,
  nextStates,
  type Role,
  type StoryStatus,
} from '../../../shared/model';

/**
 * The whole table, written out by hand (not derived from the implementation): for each role and each state,
 * the states it may move a story to. Rows: from; the listed states are the allowed `to`s.
 */
const EXPECTED: Record<Role, Record<StoryStatus, StoryStatus[]>> = {
  editor: {
    draft: ['to-edit'],
    'to-edit': ['draft', 'edited'],
    edited: ['draft', 'to-edit', 'to-proof'],
    'to-proof': ['draft', 'to-edit', 'edited'],
    proofed: ['draft', 'to-edit', 'edited', 'to-proof', 'approved'],
    approved: ['draft', 'to-edit', 'edited', 'to-proof', 'proofed'],
  },
  proofreader: {
    draft: [],
    'to-edit': [],
    edited: [],
    'to-proof': ['proofed'],
    proofed: [],
    approved: [],
  },
  layout: { draft: [], 'to-edit': [], edited: [], 'to-proof': [], proofed: [], approved: [] },
};

describe('workflow table', () => {
  it('names the roles in Chinese', () => {
    expect(ROLE_LABELS_ZH).toEqual({ editor: '编辑', proofreader: '校对', layout: '版式' });
  });

  for (const role of Roles) {
    for (const from of StoryStatuses) {
      for (const to of StoryStatuses) {
        const allowed = EXPECTED[role][from].includes(to);
        it(`${role}: ${from} → ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
          expect(canTransition(role, from, to)).toBe(allowed);
        });
      }
    }
  }

  it('nextStates lists exactly the allowed moves, in workflow order', () => {
    for (const role of Roles) {
      for (const from of StoryStatuses) expect(nextStates(role, from), `${role} ${from}`).toEqual(EXPECTED[role][from]);
    }
  });

  it('only proofreaders certify a proofread and only editors sign off', () => {
    const who = (from: StoryStatus, to: StoryStatus) => Roles.filter((r) => canTransition(r, from, to));
    expect(who('to-proof', 'proofed')).toEqual(['proofreader']);
    expect(who('proofed', 'approved')).toEqual(['editor']);
  });
});
