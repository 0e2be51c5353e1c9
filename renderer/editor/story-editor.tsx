/**
 * The story editor: toolbar, then the editable with 引题/主题/副题 stacked above the body. It re-renders only
 * when the story is (re)opened; live counts and save state go out through observables, so nothing re-renders
 * or transforms the document under an open IME composition.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeEntry } from 'slate';
import { Editable, ReactEditor, Slate } from 'slate-react';
import type { Story } from '../../shared/model';
import type { CharCount } from '../../shared/model';
import type { Observable } from '../common/observable';
import { liveCount } from './char-count';
import { insertFigure, setBlockType, toggleMark } from './commands';
import { contentToValue, valueToContent } from './convert';
import { activeEditor } from './active-editor';
import { createStoryEditor } from './create-editor';
import { onPasteNotice } from './plugins/with-paste';
import { errorText } from '../api/error-text';
import { FindBar, type FindMode } from './find/find-bar';
import { commandForKey } from './hotkeys';
import { StoryElement, StoryLeaf } from './render';
import { extendSelectionByKey, syncBeforeSlateMove } from './extend-selection';
import type { StorySaver } from './story-saver';
import { EditorToolbar } from './toolbar';
// the live value feeds the page composer side by side (renderer/page/live-story.ts).
import { focusAtText } from '../page/focus-at';
import { liveStory } from '../common/live-story';
// open proof marks drawn as decorations (renderer/proof/proof-editor.ts).
import { useProofDecorate } from '../proof/proof-editor';
import { syncSelectionFromDom } from './sync-dom-selection';
import { TextLockedContext, textLockHandlers } from './text-lock';
// spell-as-you-type: the automatic checks underlined while writing (renderer/editor/checks).
import { useChecks } from './checks/use-checks';

export interface StoryEditorProps {
  story: Story;
  saver: StorySaver;
  counts: Observable<CharCount | null>;
  /** Someone else holds the story (or took it over): shown, selectable, not editable; the text stays. */
  readOnly?: boolean;
  /**
   * This role may not change story text (a proofreader, STORY_PERMISSIONS): unlike readOnly the caret moves and
   * Shift+arrows select (to mark text), but typing, IME, paste, drop and cut change nothing (text-lock.ts).
   */
  textLocked?: boolean;
  /** The role's name shown in the note above a text-locked editor. */
  roleLabel?: string;
}

export const StoryEditor = memo(function StoryEditor({ story, saver, counts, readOnly: heldElsewhere = false, textLocked = false, roleLabel = '' }: StoryEditorProps) {
  // Everything but the caret and selection is off for a text-locked role, as for a story held elsewhere.
  const readOnly = heldElsewhere || textLocked;
  const { t } = useTranslation();
  const editor = useMemo(() => createStoryEditor(), []);
  // The text as this story's saver last saw it (saved or not), else as opened: an editor mounted again for the
  // same open story (switching 稿件 ↔ 版面) must start from the newest text, never the text at opening.
  const initialValue = useMemo(() => contentToValue(saver.currentContent() ?? story.content), [story, saver]);
  const proofDecorate = useProofDecorate(editor, story.id);
  const checks = useChecks(editor, { canFix: !readOnly });
  const checksDecorate = checks.decorate;
  const decorate = useCallback(
    (entry: NodeEntry) => {
      const proof = proofDecorate(entry);
      const found = checksDecorate(entry);
      return found.length === 0 ? proof : proof.length === 0 ? found : [...proof, ...found];
    },
    [proofDecorate, checksDecorate],
  );
  const lock = useMemo(() => (textLocked ? textLockHandlers(editor) : null), [editor, textLocked]);

  const checksChanged = checks.changed;
  const liveChars = useMemo(() => liveCount(() => editor.children, (count) => counts.set(count)), [editor, counts]);
  useEffect(() => () => liveChars.dispose(), [liveChars]);
  const onChange = useCallback(
    () => {
      // Selection moves are not edits.
      if (!editor.operations.some((op) => op.type !== 'set_selection')) return;
      liveChars.edited(editor.operations);
      saver.changed(() => valueToContent(editor.children));
      liveStory.changed(story.id);
      checksChanged();
    },
    [editor, saver, liveChars, story.id, checksChanged],
  );

  // lets the page read this editor's current value and put its caret where the text stops fitting.
  useEffect(
    () => liveStory.attach({ storyId: story.id, read: () => valueToContent(editor.children), focusAt: (at) => focusAtText(editor, at) }),
    [editor, story.id],
  );

  const save = useCallback(() => void saver.flush(), [saver]);

  // What a paste changed on the way in (a table became text), told under the toolbar until dismissed.
  const [pasteNotice, setPasteNotice] = useState<string | null>(null);
  useEffect(() => onPasteNotice(editor, (notice) => setPasteNotice(errorText(notice))), [editor]);

  const openFind = useRef<(mode: FindMode) => void>(() => {});
  const registerFind = useCallback((open: (mode: FindMode) => void) => {
    openFind.current = open;
  }, []);

  // The menus and shortcuts outside the editable (renderer/app/commands) act on this editor.
  useEffect(
    () =>
      activeEditor.attach({
        undo: () => editor.undo(),
        redo: () => editor.redo(),
        toggleMark: (mark) => toggleMark(editor, mark),
        save,
        openFind: (mode) => openFind.current(mode),
        editable: () => !readOnly,
      }),
    [editor, save, readOnly],
  );

  const checksKeyDown = checks.onKeyDown;
  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      if (checksKeyDown(event)) return;
      // Shift+arrows (and ↑/↓): stepped here and given to Slate at once, or a re-render before Slate's throttled
      // selectionchange would write the older selection back and lose the press (extend-selection.ts); plain ←/→
      // are Slate's moves, from the DOM's caret (a click just before may not have reached Slate yet).
      if (extendSelectionByKey(editor, event)) return;
      syncBeforeSlateMove(editor, event);
      const command = commandForKey(event);
      if (!command) return;
      // A text-locked editor is still contenteditable: the browser's own bold/undo must not run either.
      if (readOnly && command.kind !== 'save') {
        if (textLocked) event.preventDefault();
        return;
      }
      event.preventDefault();
      // A shortcut right after Ctrl+A (or a mouse drag) must act on the range the user sees, not Slate's
      // throttled copy of it.
      if (command.kind === 'mark' || command.kind === 'block') syncSelectionFromDom(editor);
      switch (command.kind) {
        case 'mark':
          return toggleMark(editor, command.mark);
        case 'save':
          return save();
        case 'undo':
          return editor.undo();
        case 'redo':
          return editor.redo();
        case 'block':
          return setBlockType(editor, command.type);
        case 'figure':
          return insertFigure(editor);
      }
    },
    [editor, save, readOnly, textLocked, checksKeyDown],
  );

  return (
    <Slate editor={editor} initialValue={initialValue} onChange={onChange}>
      <EditorToolbar onSave={save} disabled={readOnly} />
      <FindBar readOnly={readOnly} register={registerFind} />
      <div className="editor-scroll">
        <div className={readOnly ? 'editor-paper read-only' : 'editor-paper'}>
          {textLocked && !heldElsewhere && (
            <p className="muted editor-text-locked" data-testid="editor-text-locked">{t('editor.textLocked', { role: roleLabel })}</p>
          )}
          {pasteNotice && (
            <p className="muted editor-paste-notice" role="status" data-testid="editor-paste-notice">
              {pasteNotice}{' '}
              <button type="button" className="link-btn" onClick={() => setPasteNotice(null)}>{t('editor.pasteNoticeDismiss')}</button>
            </p>
          )}
          <TextLockedContext.Provider value={textLocked}>
          <Editable
            readOnly={heldElsewhere}
            data-testid="editor"
            data-text-locked={textLocked || undefined}
            data-checks={checks.enabled ? 'on' : 'off'}
            onClick={checks.onClick}
            className="editor-editable"
            renderElement={StoryElement}
            renderLeaf={StoryLeaf}
            decorate={decorate}
            placeholder={t('editor.placeholder')}
            aria-label={t('editor.label')}
            aria-readonly={textLocked || undefined}
            onKeyDown={onKeyDown}
            // Slate copies its own (throttled) selection: a copy right after Shift+Arrow must take the range the
            // user sees. Not handled here: Slate's copy runs after.
            onCopy={() => syncSelectionFromDom(editor)}
            {...(lock ?? {
              onCompositionStart: () => {
                syncSelectionFromDom(editor);
                editor.markCompositionStart();
              },
              onPaste: (event: React.ClipboardEvent) => {
                // One path for every paste: our cleaner, not the browser's beforeinput (which a scripted
                // ClipboardEvent never fires, and which would bypass withPaste for some browsers).
                event.preventDefault();
                ReactEditor.insertData(editor, event.clipboardData);
              },
            })}
            spellCheck={false}
            autoFocus
          />
          </TextLockedContext.Provider>
          {checks.popover}
        </div>
      </div>
    </Slate>
  );
});

