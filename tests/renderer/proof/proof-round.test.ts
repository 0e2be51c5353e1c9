// @vitest-environment jsdom
/**
 * The proof round remembered on the desk (renderer/proof/use-proof.ts storedRound / rememberRound, through
 * common/local-setting.ts): under the key earlier builds wrote ('folio.proof.round', the round's id as is), so a
 * desk keeps what it remembered; 一校 when nothing, something unknown, or no storage.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberRound, storedRound } from '../../../renderer/proof/use-proof';

describe('the remembered proof round', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
  });

  it('reads what an earlier build wrote and writes the same key and value', () => {
    expect(storedRound()).toBe('first');
    localStorage.setItem('folio.proof.round', 'read-through');
    expect(storedRound()).toBe('read-through');
    rememberRound('second');
    expect(localStorage.getItem('folio.proof.round')).toBe('second');
    expect(storedRound()).toBe('second');
  });

  it('starts from 一校 on an unknown value or without storage', () => {
    localStorage.setItem('folio.proof.round', 'fourth');
    expect(storedRound()).toBe('first');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(storedRound()).toBe('first');
    expect(() => rememberRound('third')).not.toThrow();
  });
});
