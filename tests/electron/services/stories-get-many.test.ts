// stories.getMany: several stories in one call, in the order asked, unknown ids listed apart (the plan's thumbnails).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../../electron/store';
import { createServices, type Services } from '../../../electron/services';
import { storyContent, tempDir } from '../store/helpers';
import { callChecked } from './call-checked';

let cleanup: () => void;
let desk: Desk;
let services: Services;
beforeEach(() => {
  let dir: string;
  ({ dir, cleanup } = tempDir('folio-get-many-'));
  desk = openDesk(dir);
  services = createServices(desk);
});
afterEach(() => {
  services.close();
  cleanup();
});

describe('stories.getMany', () => {
  it('answers each story as stories.get does, in the order asked, and lists the ids it does not know', async () => {
    const a = await callChecked(services, 'stories.create', { title: '甲', content: storyContent('甲标题', '甲正文。') });
    const b = await callChecked(services, 'stories.create', { title: '乙', content: storyContent('乙标题', '乙正文。') });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const many = await callChecked(services, 'stories.getMany', { ids: [b.id, unknown, a.id] });
    expect(many.stories).toEqual([await callChecked(services, 'stories.get', { id: b.id }), await callChecked(services, 'stories.get', { id: a.id })]);
    expect(many.missing).toEqual([unknown]);
    expect(await callChecked(services, 'stories.getMany', { ids: [] })).toEqual({ stories: [], missing: [] });
  });
});
