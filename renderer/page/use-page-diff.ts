/**
 * The on-screen visual page diff (版面比对) of the open page: its kept versions (pages.snapshots), keeping one now
 * (pages.snapshot), and the diff against one — the overlay display list the host composes for the diff PDF too
 * (pages.diffList: one composition, one display list), drawn by the screen's drawer while the page is read-only.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../shared/api/contract';
import type { PageView } from '../../shared/model';
import { invoke } from '../api/client';
import { downloadPdf } from '../common/download-pdf';

export type PageSnapshotItem = Result<'pages.snapshots'>[number];
export type PageDiffShown = Result<'pages.diffList'>;

export interface PageDiffState {
  snapshots: PageSnapshotItem[];
  /** The diff on screen, or null (the page is editable). */
  shown: PageDiffShown | null;
  loading: boolean;
  pdfBusy: boolean;
  message: { kind: 'error' | 'info'; text: string } | null;
  refresh(): Promise<void>;
  keep(): Promise<void>;
  open(snapshotId: string): Promise<void>;
  leave(): void;
  exportPdf(): Promise<void>;
  /** A snapshot's time as the person reads it. */
  timeOf(createdAt: string): string;
}

export function usePageDiff(view: PageView | null): PageDiffState {
  const { i18n, t } = useTranslation();
  const pageId = view?.page.id ?? null;
  const [snapshots, setSnapshots] = useState<PageSnapshotItem[]>([]);
  const [shown, setShown] = useState<PageDiffShown | null>(null);
  const [loading, setLoading] = useState(false);
  const [pdfBusy, setPdfBusy] = useState(false);
  const [message, setMessage] = useState<PageDiffState['message']>(null);

  const refresh = useCallback(async () => {
    if (!pageId) return setSnapshots([]);
    const result = await invoke('pages.snapshots', { pageId });
    if (result.ok) setSnapshots(result.value);
    else setMessage({ kind: 'error', text: result.error.message });
  }, [pageId]);

  // Another page: no diff, its own versions.
  useEffect(() => {
    setShown(null);
    setMessage(null);
    void refresh();
  }, [refresh]);

  const keep = useCallback(async () => {
    if (!pageId) return;
    const result = await invoke('pages.snapshot', { pageId });
    if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
    setMessage({ kind: 'info', text: t('page.diff.snapshotDone') });
    await refresh();
  }, [pageId, refresh, t]);

  const open = useCallback(
    async (snapshotId: string) => {
      if (!pageId) return;
      setLoading(true);
      setMessage(null);
      try {
        const result = await invoke('pages.diffList', { pageId, snapshotId });
        if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
        setShown(result.value);
      } finally {
        setLoading(false);
      }
    },
    [pageId],
  );

  const leave = useCallback(() => {
    setShown(null);
    setMessage(null);
  }, []);

  /** The same diff as a PDF, downloaded as 第N版比对.pdf. */
  const exportPdf = useCallback(async () => {
    if (!pageId || !shown || !view) return;
    setPdfBusy(true);
    try {
      const result = await invoke('pages.diffPdf', { pageId, snapshotId: shown.snapshot.id });
      if (!result.ok) return setMessage({ kind: 'error', text: result.error.message });
      downloadPdf(result.value.pdfBase64, `第${view.page.number}版比对.pdf`);
    } finally {
      setPdfBusy(false);
    }
  }, [pageId, shown, view]);

  const timeOf = useCallback(
    (createdAt: string) => {
      const d = new Date(createdAt);
      return Number.isNaN(d.getTime()) ? createdAt : d.toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
    },
    [i18n.language],
  );

  return { snapshots, shown, loading, pdfBusy, message, refresh, keep, open, leave, exportPdf, timeOf };
}
