// The job worker's entry in development and tests: register tsx in this thread, then load the TypeScript
// worker. A packaged build bundles job-worker.ts to JavaScript and starts that directly.
import { register } from 'tsx/esm/api';

register();
await import('./job-worker.ts');
