/**
 * One story in the desk list (an option of the desk's listbox): title, state, author, 字数, last change; rename in
 * place (F2), delete to the trash (Delete). The row's rename/delete/restore controls are for the mouse: an option
 * may not hold focusable controls, so the keyboard reaches the same actions by F2 / Delete / Enter.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockInfo, StorySummary } from '../../shared/model';
import { formatCount, formatWhen } from '../common/format';

export interface StoryRowProps {
  story: StorySummary;
  selected: boolean;
  inTrash: boolean;
  /** Someone else is editing it right now (another window or desk). */
  lockedBy?: LockInfo;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDelete: () => void;
  onRestore: () => void;
  /** Roving tabindex (renderer/common/roving-list). */
  tabIndex: 0 | -1;
  onFocus: () => void;
}

export function StoryRow({ story, selected, inTrash, lockedBy, onOpen, onRename, onDelete, onRestore, tabIndex, onFocus }: StoryRowProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(story.title);

  const commit = () => {
    setRenaming(false);
    const title = draft.trim();
    if (title && title !== story.title) onRename(title);
  };

  return (
    <li
      className={selected ? 'story-row selected' : 'story-row'}
      data-testid="story-row"
      data-story-id={story.id}
      role="option"
      tabIndex={tabIndex}
      aria-keyshortcuts={inTrash ? 'Enter' : 'Enter F2 Delete'}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus();
      }}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget || renaming || inTrash) return;
        if (e.key === 'F2') {
          e.preventDefault();
          setDraft(story.title);
          setRenaming(true);
        } else if (e.key === 'Delete') {
          e.preventDefault();
          onDelete();
        }
      }}
      // A live story can be dragged onto a page (renderer/page/page-canvas.tsx drops it)
      draggable={!inTrash}
      onDragStart={(e) => {
        e.dataTransfer.setData('application/x-folio-story', story.id);
        e.dataTransfer.setData('application/x-folio-story-chars', String(story.chars));
        e.dataTransfer.effectAllowed = 'copy';
      }}
      aria-selected={selected}
      onClick={inTrash || renaming ? undefined : onOpen}
      onDoubleClick={inTrash ? undefined : () => { setDraft(story.title); setRenaming(true); }}
    >
      {renaming ? (
        <input
          className="rename-input"
          data-testid="story-rename-input"
          aria-label={t('desk.renamePrompt')}
          value={draft}
          autoFocus
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            // The rename box's keys stay in it (the list's Enter would open the story).
            e.stopPropagation();
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              commit();
              focusRow(e.currentTarget);
            }
            if (e.key === 'Escape') {
              setRenaming(false);
              focusRow(e.currentTarget);
            }
          }}
        />
      ) : (
        <div className="story-title" data-testid="story-title">
          {story.title || <span className="muted">{t('desk.untitled')}</span>}
        </div>
      )}
      <div className="story-meta">
        <span className={`status-chip status-${story.status}`} data-testid="story-status">{t(`status.${story.status}`)}</span>
        <span data-testid="story-author">{story.author}</span>
        {lockedBy && (
          <span className="row-lock" data-testid="story-lock" title={t('lock.rowTitle', { holder: lockedBy.holder || t('workflow.anonymous') })}>
            {t('lock.row', { holder: lockedBy.holder || t('workflow.anonymous') })}
          </span>
        )}
        <span data-testid="story-chars">{t('desk.chars', { n: formatCount(story.chars) })}</span>
        <span className="story-updated" data-testid="story-updated">
          {inTrash && story.deletedAt ? t('desk.deletedAt', { time: formatWhen(story.deletedAt) }) : formatWhen(story.updatedAt)}
        </span>
      </div>
      <div className="row-actions" aria-hidden="true">
        {inTrash ? (
          <span className="link-btn" data-testid="story-restore" onClick={(e) => { e.stopPropagation(); onRestore(); }}>
            {t('desk.restore')}
          </span>
        ) : (
          <>
            <span className="link-btn" data-testid="story-rename" onClick={(e) => { e.stopPropagation(); setDraft(story.title); setRenaming(true); }}>
              {t('desk.rename')}
            </span>
            <span className="link-btn danger" data-testid="story-delete" onClick={(e) => { e.stopPropagation(); onDelete(); }}>
              {t('desk.delete')}
            </span>
          </>
        )}
      </div>
    </li>
  );
}

/** Back to the row after renaming, so the keyboard goes on from where it was. */
function focusRow(input: HTMLElement): void {
  const row = input.closest<HTMLElement>('[role="option"]');
  queueMicrotask(() => row?.focus());
}
