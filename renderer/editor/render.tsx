/** How each element type and mark looks in the editor: headline parts stacked as on the page, body below. */
import type { RenderElementProps, RenderLeafProps } from 'slate-react';
import { useTranslation } from 'react-i18next';
// a proof mark's decoration on a leaf (renderer/proof/proof-editor.ts).
import { proofLeafProps } from '../proof/proof-editor';
// a finding of the automatic checks underlined (renderer/editor/checks/use-checks.tsx).
import { checkLeafProps } from './checks/use-checks';
// the figure's image slot with its picture picker.
import { FigureSlot } from './figure-slot';

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
  return (
    <span {...attributes} {...check?.attributes} className={className.trim() || undefined} style={proof?.style}>
      {children}
    </span>
  );
}
