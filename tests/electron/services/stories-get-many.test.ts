// stories.getMany: several stories in one call, in the order asked, unknown ids listed apart (the plan's thumbnails).
import { describe, expect, it } from 'vitest';
import { storyContent } from '../store/helpers';
import { callChecked } from './call-checked';
import { deskWithServicesPerTest } from './desk-services';

const fx = deskWithServicesPerTest('folio-get-many-');

describe('stories.getMany', () => {
  it('answers each story as stories.get does, in the order asked, and lists the ids it does not know', async () => {
    const a = await callChecked(fx.services, 'stories.create', { title: '甲', content: storyContent('甲标题', '甲正文。') });
    const b = await callChecked(fx.services, 'stories.create', { title: '乙', content: storyContent('乙标题', '乙正文。') });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const many = await callChecked(fx.services, 'stories.getMany', { ids: [b.id, unknown, a.id] });
    expect(many.stories).toEqual([await callChecked(fx.services, 'stories.get', { id: b.id }), await callChecked(fx.services, 'stories.get', { id: a.id })]);
    expect(many.missing).toEqual([unknown]);
    expect(await callChecked(fx.services, 'stories.getMany', { ids: [] })).toEqual({ stories: [], missing: [] });
  });
});
