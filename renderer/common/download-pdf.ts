/** Hand a PDF the host sent as base64 to the browser's download, under `fileName` (the 校样, the page diff). */
export function downloadPdf(pdfBase64: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next task; keep it a little for slow hosts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
