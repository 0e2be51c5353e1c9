/**
 * Importing files picked or dropped on the desk: copy (.docx/.txt) becomes stories, pictures become assets.
 * Every file gets a line in the report, success or the reason it failed; nothing fails silently.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Upload } from '../../shared/api/contract-library';
import { invoke } from '../api/client';
import { batchUploads, bytesToBase64, importKind, tooBig } from '../common/import-files';
import { errorText } from '../api/error-text';

export interface ImportLine {
  file: string;
  ok: boolean;
  message: string;
  /** The story made from the file (copy imports). */
  storyId?: string;
  /** What of the file the story does not hold (e.g. a dropped picture), shown under its line. */
  warnings?: string[];
}

export interface ImportState {
  running: { done: number; total: number } | null;
  report: ImportLine[] | null;
  importFiles: (files: File[]) => Promise<void>;
  /** Stops after the file being imported now; the rest are listed as not imported. */
  cancel: () => void;
  dismiss: () => void;
}

export function useImport(onImported: () => Promise<void>): ImportState {
  const { t } = useTranslation();
  const [running, setRunning] = useState<ImportState['running']>(null);
  const [report, setReport] = useState<ImportLine[] | null>(null);
  const cancelled = useRef(false);

  const importFiles = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const lines: ImportLine[] = [];
      const copy: Upload[] = [];
      const pictures: Upload[] = [];
      let done = 0;
      cancelled.current = false;
      const skipped = (names: string[]) => {
        for (const file of names) lines.push({ file, ok: false, message: t('import.cancelled') });
      };
      setRunning({ done, total: files.length });
      setReport(null);
      for (const file of files) {
        const kind = importKind(file.name);
        if (kind === 'unsupported') {
          lines.push({ file: file.name, ok: false, message: t('import.unsupported') });
          setRunning({ done: ++done, total: files.length });
          continue;
        }
        let upload: Upload;
        try {
          upload = { name: file.name, bytesBase64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
        } catch (error) {
          lines.push({ file: file.name, ok: false, message: t('import.unreadable', { message: String(error) }) });
          setRunning({ done: ++done, total: files.length });
          continue;
        }
        if (tooBig(upload)) lines.push({ file: file.name, ok: false, message: t('import.tooBig') });
        else (kind === 'copy' ? copy : pictures).push(upload);
      }
      for (const batch of batchUploads(copy)) {
        if (cancelled.current) {
          skipped(batch.map((u) => u.name));
          continue;
        }
        const result = await invoke('import.files', { files: batch });
        if (!result.ok) {
          for (const u of batch) lines.push({ file: u.name, ok: false, message: result.error.message });
        } else {
          // The report lists stories in file order for the files that imported; errors name their file.
          const failed = new Set(result.value.errors.map((e) => e.file));
          const imported = batch.filter((u) => !failed.has(u.name));
          result.value.stories.forEach((story, i) =>
            lines.push({
              file: imported[i]?.name ?? story.title,
              ok: true,
              storyId: story.id,
              message: t('import.storyOk', { title: story.title || t('desk.untitled'), chars: story.chars }),
              warnings: story.warnings.map(errorText),
            }),
          );
          for (const e of result.value.errors) lines.push({ file: e.file, ok: false, message: errorText(e.text) });
        }
        done += batch.length;
        setRunning({ done, total: files.length });
      }
      for (const upload of pictures) {
        if (cancelled.current) {
          skipped([upload.name]);
          continue;
        }
        const result = await invoke('assets.import', upload);
        lines.push(
          result.ok
            ? { file: upload.name, ok: true, message: t('import.pictureOk', { width: result.value.widthPx, height: result.value.heightPx }) }
            : { file: upload.name, ok: false, message: result.error.message },
        );
        setRunning({ done: ++done, total: files.length });
      }
      setRunning(null);
      setReport(lines);
      await onImported();
    },
    [onImported, t],
  );

  return {
    running,
    report,
    importFiles,
    cancel: () => {
      cancelled.current = true;
    },
    dismiss: () => setReport(null),
  };
}
