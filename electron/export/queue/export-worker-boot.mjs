// The export worker's entry in development and tests: register tsx in this thread, then load the TypeScript
// worker. A packaged build bundles export-worker.ts to JavaScript and starts that directly.
import { register } from 'tsx/esm/api';

register();
await import('./export-worker.ts');
