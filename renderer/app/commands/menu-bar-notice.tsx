/** A short polite notice under the top bar when a command has nothing to act on (or reports a new zoom). */
export function MenuBarNotice({ text }: { text: string | null }) {
  return (
    <div className="command-notice" role="status" aria-live="polite" data-testid="command-notice">
      {text}
    </div>
  );
}
