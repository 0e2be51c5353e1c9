/**
 * Imports into one desk run one at a time. Why: a failed import removes the files it created, and without
 * the queue a second import of the same picture, running between its awaits, could find that file, count on it,
 * and commit a row for a file that is then removed. Imports are rare and short; serialising them costs nothing.
 */
const tails = new Map<string, Promise<unknown>>();

/** Run `task` after every earlier task queued under `dataDir` has settled. */
export function inImportQueue<T>(dataDir: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(dataDir) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(dataDir, tail);
  void tail.then(() => {
    if (tails.get(dataDir) === tail) tails.delete(dataDir);
  });
  return run;
}
