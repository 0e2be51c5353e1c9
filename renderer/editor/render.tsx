/** How each element type and mark looks in the editor: headline parts stacked as on the page, body below. */
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { useTranslation } from 'react-i18next';
// a proof mark's decoration on a leaf (renderer/proof/proof-editor.ts).
import { proofLeafProps } from '../proof/proof-editor';
// a finding of the automatic checks underlined (renderer/editor/checks/use-checks.tsx).
import { checkLeafProps } from './checks/use-checks';
// the figure's image slot with its picture picker.
import { FigureSlot } from './figure-slot';
import { LONG_TEXT_MIN } from './long-text';
import { LongTextString } from './long-text-view';

export function StoryElement({ attributes, children, element }: RenderElementProps) {
  const { t } = useTranslation();
  switch (element.type) {
    case 'figure':
      return (
        <figure {...attributes} className="blk blk-figure" data-block-type="figure" data-label={t('blocks.figure')}>
          {children}
        </figure>
      );
    case 'figure-image':
      return (
        <div {...attributes} className="figure-image" data-block-type="figure-image">
          {/* choose / show / remove the placed picture (renderer/pictures/figure-slot.tsx) */}
          <FigureSlot element={element} />
          {children}
        </div>
      );
    case 'figure-caption':
      return (
        <div {...attributes} className="figure-caption" data-block-type="figure-caption" data-label={t('editor.captionPlaceholder')}>
          {children}
        </div>
      );
    case 'figure-credit':
      return (
        <div {...attributes} className="figure-credit" data-block-type="figure-credit" data-label={t('editor.creditPlaceholder')}>
          {children}
        </div>
      );
    default:
      return (
        <p {...attributes} className={`blk blk-${element.type}`} data-block-type={element.type} data-label={t(`blocks.${element.type}`)}>
          {children}
        </p>
      );
  }
}

export function StoryLeaf({ attributes, children, leaf }: RenderLeafProps) {
  let className = '';
  if (leaf.bold) className += ' mark-bold';
  if (leaf.emphasis) className += ' mark-emphasis';
  const proof = proofLeafProps(leaf);
  if (proof) className += ' ' + proof.className;
  const check = checkLeafProps(leaf);
  if (check) className += ' ' + check.className;
  // A very long leaf in chunks, so a keystroke relays out one of them (long-text.ts). Not a leaf ending in a line
  // break: slate-react's String draws the extra trailing break such a leaf needs at the end of its block.
  const long = leaf.text.length >= LONG_TEXT_MIN && !leaf.text.endsWith('\n');
  return (
    <span {...attributes} {...check?.attributes} className={className.trim() || undefined} style={proof?.style}>
      {long ? <LongTextString text={leaf.text} /> : children}
    </span>
  );
}
