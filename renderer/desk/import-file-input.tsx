/**
 * The import file picker (hidden; opened by the desk's 导入 button and by 文件 → 导入 / Ctrl+O). The app keeps one
 * mounted at all times, so the command works while the desk panel is hidden too.
 */
import { forwardRef } from 'react';
import { IMPORT_ACCEPT } from '../common/import-files';

export const ImportFileInput = forwardRef<HTMLInputElement, { onFiles: (files: File[]) => void }>(function ImportFileInput({ onFiles }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      multiple
      hidden
      accept={IMPORT_ACCEPT}
      data-testid="import-input"
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        e.target.value = ''; // the same file may be picked again
        onFiles(files);
      }}
    />
  );
});
