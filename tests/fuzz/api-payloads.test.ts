// Fuzz: every contract method called with arbitrary JSON (and with objects made of its own parameter names)
// answers with an Envelope: it never throws, never hangs, and a refusal changes nothing in the desk database.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, ErrorCodes, type Method } from '../../shared/api/contract';
import { createServices, type Services } from '../../electron/services';
import { openDesk, type Desk } from '../../electron/store';
import { storyContent, tempDir } from '../electron/store/helpers';

const HANG_MS = 10_000;
const methods = Object.keys(contract) as Method[];

let cleanup: () => void;
let desk: Desk;
let services: Services;
let storyId: string;
beforeAll(async () => {
  const temp = tempDir('folio-fuzz-api-');
  cleanup = temp.cleanup;
  desk = openDesk(temp.dir);
  services = createServices(desk);
  const created = await services.dispatch('stories.create', { content: storyContent('标题', '正文') });
  if (!created.ok) throw new Error(created.error.message);
  storyId = (created.value as { id: string }).id;
});
afterAll(() => {
  services.close();
  cleanup();
});

/** Rows this connection has changed since it opened: any write by the services moves it. */
const changes = () => (desk.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: z.object({ code: z.enum(ErrorCodes), message: z.string().min(1) }).loose() }).strict(),
]);

function paramNames(method: Method): string[] {
  const schema = contract[method].params as unknown as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

/** Values likely to reach deeper than the schema's first check: ids that exist, numbers at the edges, odd text. */
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1, 0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, '', '\uD842', '../../etc/passwd', '💥'.repeat(300)),
  fc.constant('STORY'),
);

const payload = (method: Method) =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(fc.constantFrom(...paramNames(method), 'extra'), value, { maxKeys: 6 }),
  );

async function call(method: Method, params: unknown) {
  const resolved = JSON.parse(JSON.stringify(params ?? null, (_k, v: unknown) => (v === 'STORY' ? storyId : v))) as unknown;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${method} did not answer within ${HANG_MS} ms`)), HANG_MS);
  });
  try {
    return await Promise.race([services.dispatch(method, resolved), hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe('API payload fuzz', () => {
  it('every method answers arbitrary JSON with an Envelope, and a refusal changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...methods).chain((method) => fc.tuple(fc.constant(method), payload(method))), async ([method, params]) => {
        const before = changes();
        const reply = await call(method, params);
        expect(EnvelopeSchema.safeParse(reply).success, JSON.stringify(reply)).toBe(true);
        if (!reply.ok) {
          expect(reply.error.code, `${method}: ${reply.error.message}`).not.toBe('internal');
          expect(changes(), `${method} refused but wrote`).toBe(before);
        }
      }),
      { seed: 18, numRuns: 1_500, interruptAfterTimeLimit: 40_000 },
    );
  }, 60_000);
});
