// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermsEditor } from '../../../renderer/proof/terms-editor';
import { click, render, typeInto, type Rendered } from './render-helpers';

const calls: { method: string; params: unknown }[] = [];
const stored = { rules: [{ wrong: '帐号', right: '账号' }], banned: [], updatedBy: null, updatedAt: null };
vi.mock('../../../renderer/api/client', () => ({
  invoke: async (method: string, params: unknown) => {
    calls.push({ method, params });
    if (method === 'terms.get') return { ok: true, value: stored };
    if (method === 'terms.set') return { ok: false, error: { code: 'forbidden', message: '版式不能修改词表' } };
    return { ok: false, error: { code: 'internal', message: method } };
  },
}));

let shown: Rendered | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
  calls.length = 0;
});

const settle = () => act(async () => {});

describe('TermsEditor', () => {
  it('loads the list as text and names the bad lines without sending anything', async () => {
    shown = await render(<TermsEditor mayEdit onClose={() => {}} />);
    await settle();
    const text = shown.byTestId('terms-text')[0] as HTMLTextAreaElement;
    expect(text.value).toBe('帐号 => 账号');
    await typeInto(text, '帐号 => 账号\n\n没有箭头的一行\n!');
    await click(shown.byTestId('terms-save')[0]);
    const errors = shown.byTestId('terms-error').map((e) => e.textContent);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^第 3 行：缺少“=>”/);
    expect(errors[1]).toMatch(/^第 4 行：/);
    expect(calls.map((c) => c.method)).toEqual(['terms.get']);
    // The text typed stays.
    expect(text.value).toContain('没有箭头的一行');
  });

  it('shows a refusal plainly and keeps the text', async () => {
    shown = await render(<TermsEditor mayEdit onClose={() => {}} />);
    await settle();
    const text = shown.byTestId('terms-text')[0] as HTMLTextAreaElement;
    await typeInto(text, '帐号 => 账号\n!某词  # 口径');
    await click(shown.byTestId('terms-save')[0]);
    await settle();
    expect(calls[1]).toEqual({ method: 'terms.set', params: { rules: [{ wrong: '帐号', right: '账号' }], banned: [{ word: '某词', note: '口径' }] } });
    expect(shown.byTestId('terms-message')[0].textContent).toBe('不能这样做：版式不能修改词表');
    expect(text.value).toBe('帐号 => 账号\n!某词  # 口径');
  });

  it('is read-only without the right to edit', async () => {
    shown = await render(<TermsEditor mayEdit={false} onClose={() => {}} />);
    await settle();
    expect((shown.byTestId('terms-text')[0] as HTMLTextAreaElement).readOnly).toBe(true);
    expect(shown.byTestId('terms-save')).toHaveLength(0);
  });
});
