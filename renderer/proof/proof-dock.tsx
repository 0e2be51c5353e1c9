/**
 * The right pane: 属性 (the inspector) | 校对 (the proof panel), Ctrl+P switches, Ctrl+Shift+M (anywhere) opens
 * the mark form on the editor's selection. Also keeps the 签发 lock of the open story's page current.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mayProof, type PageSignoffs, type Role } from '../../shared/model';
import { invoke } from '../api/client';
import { ProofPanel, startMarkAt } from './proof-panel';
import { approvalLock } from './proof-lock';
import type { BlockOffsets } from './slate-anchor';
import { useProof } from './use-proof';
import { useStoryPage } from './use-story-page';
import './proof.css';

export interface ProofDockProps {
  inspector: ReactNode;
  story: { id: string; revision: number } | null;
  role: Role;
  clientId: string;
  flush: () => Promise<boolean>;
  reload: () => Promise<void>;
  /** The tab shown, when the app shell owns it (校对 → 校对面板 and Ctrl+P toggle it); else the dock keeps its own. */
  tab?: Tab;
  onTab?: (tab: Tab) => void;
}

export type Tab = 'inspector' | 'proof';

export function ProofDock({ inspector, story, role, clientId, flush, reload, tab: shownTab, onTab }: ProofDockProps) {
  const { t } = useTranslation();
  const [ownTab, setOwnTab] = useState<Tab>('inspector');
  const tab = shownTab ?? ownTab;
  const setTab = onTab ?? setOwnTab;
  const [formAt, setFormAt] = useState<BlockOffsets | null>(null);
  const storyId = story?.id ?? null;
  const { page, refresh: refreshPage } = useStoryPage(storyId);

  const onSignoffs = useCallback(
    (signoffs: PageSignoffs) => {
      if (!storyId) return;
      const approved = signoffs.approved;
      approvalLock.set(approved ? { storyId, by: approved.by, at: approved.at } : null);
    },
    [storyId],
  );

  // The lock is known whichever tab is showing.
  useEffect(() => {
    approvalLock.set(null);
    if (!page) return;
    let live = true;
    void invoke('signoff.list', { pageId: page.pageId }).then((result) => {
      if (live && result.ok) onSignoffs(result.value);
    });
    return () => {
      live = false;
    };
  }, [page, onSignoffs]);

  useEffect(() => setFormAt(null), [storyId]);

  const dock = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (!mod || event.altKey) return;
      // Kept unseen under the plan: not a mark the user could see being made.
      if (dock.current?.checkVisibility?.({ visibilityProperty: true }) === false) return;
      const key = event.key.toLowerCase();
      // Ctrl+P (校对面板) is a desk command (shared/commands), run by the app shell.
      if (key === 'm' && event.shiftKey && storyId && mayProof(role, 'mark') && approvalLock.get()?.storyId !== storyId) {
        event.preventDefault();
        setTab('proof');
        const start = startMarkAt(storyId);
        if (start.ok) setFormAt(start.at);
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [storyId, role, setTab]);

  return (
    <div ref={dock} className={`side-dock tab-${tab}`} data-testid="side-dock" data-tab={tab}>
      <nav className="side-tabs" role="tablist">
        {(['inspector', 'proof'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={tab === v}
            className={tab === v ? 'side-tab on' : 'side-tab'}
            data-testid={`side-tab-${v}`}
            onClick={() => {
              setTab(v);
              if (v === 'proof') void refreshPage();
            }}
          >
            {t(`proof.tab.${v}`)}
          </button>
        ))}
      </nav>
      {tab === 'inspector' && inspector}
      {/* Mounted on both tabs: the open marks stay drawn in the editor while the inspector shows. */}
      {story && (
        <ProofStory
          key={story.id}
          visible={tab === 'proof'}
          story={story}
          role={role}
          clientId={clientId}
          flush={flush}
          reload={reload}
          page={page}
          formAt={formAt}
          setFormAt={setFormAt}
          onSignoffs={onSignoffs}
        />
      )}
      {tab === 'proof' && !story && (
        <aside className="proof-panel" data-testid="proof-panel">
          <p className="muted pad">{t('proof.noStory')}</p>
        </aside>
      )}
    </div>
  );
}

function ProofStory(props: Omit<ProofDockProps, 'inspector' | 'story'> & {
  visible: boolean;
  story: { id: string; revision: number };
  page: ReturnType<typeof useStoryPage>['page'];
  formAt: BlockOffsets | null;
  setFormAt(at: BlockOffsets | null): void;
  onSignoffs(signoffs: PageSignoffs): void;
}) {
  const proof = useProof({ storyId: props.story.id, revision: props.story.revision, clientId: props.clientId, flush: props.flush, reload: props.reload });
  if (!props.visible) return null;
  return (
    <ProofPanel
      storyId={props.story.id}
      role={props.role}
      proof={proof}
      page={props.page}
      formAt={props.formAt}
      setFormAt={props.setFormAt}
      onSignoffs={props.onSignoffs}
    />
  );
}
