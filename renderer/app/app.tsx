/** The workspace: top bar, desk | editor | inspector, status bar (UI.md). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBanner } from '../desk/demo-banner';
import { Desk } from '../desk/desk';
import { StoryEditor } from '../editor/story-editor';
import { Inspector } from './inspector';
import { StatusBar } from './status-bar';
import { TopBar, type Role } from './top-bar';
import { useWorkspace } from './use-workspace';

export function App() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const [role, setRole] = useState<Role>('editor');

  return (
    <div className="workspace" data-role={role}>
      <TopBar role={role} onRole={setRole} />
      {ws.info?.brokenDatabase && (
        <div className="notice warn" data-testid="broken-db">
          {t('errors.brokenDatabase', { file: ws.info.brokenDatabase.file, reason: ws.info.brokenDatabase.reason })}
        </div>
      )}
      {ws.error && (
        <div className="notice error" data-testid="error-banner" role="alert">
          {ws.error}
          <button type="button" className="link-btn" onClick={ws.clearError}>×</button>
        </div>
      )}
      <div className="panes">
        <Desk
          stories={ws.stories}
          loaded={ws.listLoaded}
          inTrash={ws.inTrash}
          filter={ws.filter}
          selectedId={ws.open?.story.id ?? null}
          onFilter={ws.setFilter}
          onToggleTrash={ws.toggleTrash}
          onCreate={() => void ws.createStory()}
          onOpen={(id) => void ws.openStory(id)}
          onRename={(id, title) => void ws.renameStory(id, title)}
          onDelete={(id) => void ws.deleteStory(id)}
          onRestore={(id) => void ws.restoreStory(id)}
        />
        <main className="centre" data-testid="centre">
          {ws.showDemoOffer && <DemoBanner onCreate={ws.createDemo} onDismiss={ws.dismissDemo} />}
          {ws.open ? (
            <StoryEditor key={ws.open.editorKey} story={ws.open.story} saver={ws.open.saver} counts={ws.counts} />
          ) : (
            <div className="editor-empty" data-testid="editor-empty">{t('editor.noStory')}</div>
          )}
        </main>
        <Inspector story={ws.summary} revisions={ws.revisions} onStatus={(s) => void ws.setStatus(s)} onRestore={(n) => void ws.restoreRevision(n)} />
      </div>
      <StatusBar saveState={ws.saveState} counts={ws.counts} onRetry={ws.retrySave} />
    </div>
  );
}
