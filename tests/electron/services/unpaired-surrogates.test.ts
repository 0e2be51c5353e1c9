// Text with half a character (a lone UTF-16 surrogate) is refused at the API, naming where, and never stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openServices, type Services } from '../../../electron/services';
import { WellFormedTextSchema } from '../../../shared/model';
import { storyContent, tempDir } from '../store/helpers';

let cleanup: () => void;
let services: Services;
beforeEach(() => {
  const temp = tempDir('folio-surrogates-');
  cleanup = temp.cleanup;
  services = openServices({ dataDir: temp.dir, dailyBackup: false });
});
afterEach(() => {
  services.close();
  cleanup();
});

const HIGH = '\uD842'; // the first half of 𠮷 (U+20BB7)

describe('unpaired surrogates', () => {
  it('the schema accepts whole characters outside the BMP and refuses half of one, naming the place', () => {
    expect(WellFormedTextSchema.safeParse('𠮷野家').success).toBe(true);
    const refused = WellFormedTextSchema.safeParse(`野${HIGH}家`);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].message).toContain('position 2 (unpaired surrogate U+D842)');
    expect(WellFormedTextSchema.safeParse('\uDFB7').success).toBe(false);
  });

  it('stories.create, stories.save and stories.rename refuse it and store nothing', async () => {
    const refusedCreate = await services.dispatch('stories.create', { content: storyContent('标题', `正文${HIGH}`) });
    expect(refusedCreate).toMatchObject({ ok: false, error: { code: 'invalid-params', field: 'content.blocks.1.runs.0.text' } });
    const created = await services.dispatch('stories.create', { content: storyContent('标题', '正文') });
    if (!created.ok) throw new Error(created.error.message);
    const { id } = created.value as { id: string };
    const refusedSave = await services.dispatch('stories.save', { id, content: storyContent(`标${HIGH}`, '正文') });
    expect(refusedSave).toMatchObject({ ok: false, error: { code: 'invalid-params' } });
    const refusedRename = await services.dispatch('stories.rename', { id, title: `新${HIGH}` });
    expect(refusedRename).toMatchObject({ ok: false, error: { code: 'invalid-params', field: 'title' } });
    const stored = await services.dispatch('stories.get', { id });
    expect(stored).toMatchObject({ ok: true, value: { title: '标题', revision: 1, content: storyContent('标题', '正文') } });
  });
});
