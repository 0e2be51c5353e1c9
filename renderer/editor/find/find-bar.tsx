/**
 * 查找/替换 in the open story (Ctrl+F / Ctrl+H): options for case, width, whole word and regular expression;
 * Enter goes to the next hit and selects it in the story; replace all is one undo step.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Point, Range, Transforms } from 'slate';
import { ReactEditor, useSlateStatic } from 'slate-react';
import { findInEditor, replaceAll, replaceMatch } from './find-in-editor';
import { DEFAULT_FIND_OPTIONS, type FindOptions } from './find-text';

export type FindMode = 'find' | 'replace';

export function FindBar({ readOnly, register }: { readOnly: boolean; register: (open: (mode: FindMode) => void) => void }) {
  const { t } = useTranslation();
  const editor = useSlateStatic();
  const [mode, setMode] = useState<FindMode | null>(null);
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(DEFAULT_FIND_OPTIONS);
  const [current, setCurrent] = useState(0);
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      register((next) => {
        setMode(next);
        setDone(null);
        requestAnimationFrame(() => {
          input.current?.focus();
          input.current?.select();
        });
      }),
    [register],
  );

  // `version` recounts after a replacement (the document changed under the same query).
  const result = useMemo(() => (mode ? findInEditor(editor, query, replacement, options) : null), [editor, mode, query, replacement, options, version]);
  const matches = result?.ok ? result.matches : [];

  const go = useCallback(
    (step: 1 | -1) => {
      const fresh = findInEditor(editor, query, replacement, options);
      if (!fresh.ok || fresh.matches.length === 0) return;
      const selection = editor.selection;
      const at = selection ? Range.start(selection) : null;
      // From a selected hit, the next one starts after it; from a caret, a hit starting right there counts.
      const past = selection && Range.isExpanded(selection) ? 1 : 0;
      let index: number;
      if (step === 1) {
        const next = at ? fresh.matches.findIndex((m) => Point.compare(Range.start(m.range), at) >= past) : 0;
        index = next >= 0 ? next : 0;
      } else {
        const before = at ? fresh.matches.findLastIndex((m) => Point.compare(Range.start(m.range), at) < 0) : -1;
        index = before >= 0 ? before : fresh.matches.length - 1;
      }
      const hit = fresh.matches[index];
      Transforms.select(editor, hit.range);
      setCurrent(index + 1);
      try {
        ReactEditor.toDOMRange(editor, hit.range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
      } catch {
        // Not rendered yet: the selection is still set.
      }
    },
    [editor, query, replacement, options],
  );

  const replaceOne = () => {
    const selection = editor.selection;
    const hit = selection ? matches.find((m) => Range.equals(m.range, selection)) : undefined;
    if (hit) {
      replaceMatch(editor, hit);
      setVersion((v) => v + 1);
    }
    go(1);
  };
  const replaceEvery = () => {
    const count = replaceAll(editor, matches);
    setVersion((v) => v + 1);
    setCurrent(0);
    setDone(t('find.replaced', { count }));
  };
  const close = () => {
    setMode(null);
    ReactEditor.focus(editor);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      go(event.shiftKey ? -1 : 1);
    }
  };
  if (!mode) return null;

  const option = (key: keyof FindOptions) => (
    <label className="find-option">
      <input type="checkbox" data-testid={`find-${key}`} checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} />
      {t(`find.${key}`)}
    </label>
  );
  return (
    <div className="find-bar" role="search" aria-label={t('find.title')} data-testid="find-bar" onKeyDown={onKeyDown}>
      <div className="find-row">
        <input ref={input} className="find-input" data-testid="find-input" aria-label={t('find.query')} placeholder={t('find.query')} value={query} onChange={(e) => { setQuery(e.target.value); setCurrent(0); setDone(null); }} />
        <span className="find-count" data-testid="find-count" aria-live="polite">
          {result && !result.ok ? '' : query ? t('find.count', { current, total: matches.length }) : ''}
        </span>
        <button type="button" className="btn small" data-testid="find-prev" onClick={() => go(-1)}>{t('find.prev')}</button>
        <button type="button" className="btn small" data-testid="find-next" onClick={() => go(1)}>{t('find.next')}</button>
        {option('matchCase')}
        {option('matchWidth')}
        {option('wholeWord')}
        {option('regex')}
        <button type="button" className="btn small" data-testid="find-close" aria-label={t('find.close')} onClick={close}>×</button>
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <input className="find-input" data-testid="replace-input" aria-label={t('find.replacement')} placeholder={t('find.replacement')} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button type="button" className="btn small" data-testid="replace-one" disabled={readOnly || matches.length === 0} onClick={replaceOne}>{t('find.replaceOne')}</button>
          <button type="button" className="btn small" data-testid="replace-all" disabled={readOnly || matches.length === 0} onClick={replaceEvery}>{t('find.replaceAll')}</button>
        </div>
      )}
      {result && !result.ok && <div className="find-error" role="alert" data-testid="find-error">{t('find.badRegex', { message: result.error.message })}</div>}
      {done && <div className="find-done" role="status" data-testid="find-done">{done}</div>}
    </div>
  );
}
