import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { contract, type Method, type Params, type Result } from '../../../shared/api/contract';
import { openServices, type Services } from '../../../electron/services';
import { hasGhostscript } from '../export/pdf-tools';
import { heatColour } from '../../../electron/services/handlers-separations';
import { tempDir } from '../store/helpers';
import { callChecked } from './call-checked';

let services: Services;
const cleanups: (() => void)[] = [];
beforeEach(() => {
  const data = tempDir('folio-sep-api-');
  cleanups.push(data.cleanup);
  services = openServices({ dataDir: data.dir, dailyBackup: false });
});
afterEach(() => {
  services.close();
  cleanups.splice(0).forEach((c) => c());
});

const call = <M extends Method>(method: M, params: Params<M>) => callChecked(services, method, params);

/** Ink per pixel (0–255) of a plate PNG, and how many pixels carry any ink. */
async function inkedPixels(pngBase64: string): Promise<{ inked: number; total: number }> {
  const png = Buffer.from(pngBase64, 'base64');
  expect((await sharp(png).metadata()).channels).toBe(1); // an 8-bit grey PNG
  const { data, info } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  let inked = 0;
  for (const v of data) if (v < 250) inked++;
  return { inked, total: info.width * info.height };
}

describe('heat-map bands', () => {
  it('no ink is transparent; up to 200 % green, 200–240 % amber, above 240 % red', () => {
    const level = (pct: number) => Math.round((pct / 100) * 255);
    expect(heatColour(0)).toBeNull();
    const green = heatColour(level(100));
    const amber = heatColour(level(220));
    const red = heatColour(level(300));
    expect(green?.[1]).toBeGreaterThan(green?.[0] ?? 0);
    expect(amber).not.toEqual(green);
    expect(red?.[0]).toBeGreaterThan(200);
    expect(heatColour(level(240))).toEqual(amber);
    expect(red).not.toEqual(amber);
  });
});

describe.runIf(hasGhostscript())('export.separationPreview', () => {
  it('the demo page: text on the K plate, next to nothing on C/M/Y, total ink within 240 %', async () => {
    const { issue } = await call('demo.create', {});
    const pageId = (await call('issues.get', { id: issue })).pages[0].id;
    const preview = await call('export.separationPreview', { pageId });
    expect(preview.dpi).toBe(50);
    // A broadsheet BleedBox at 50 dpi is a few hundred pixels each way.
    expect(preview.widthPx).toBeGreaterThan(300);
    expect(preview.heightPx).toBeGreaterThan(preview.widthPx);
    const k = await inkedPixels(preview.plates.K.pngBase64);
    expect(k.total).toBe(preview.widthPx * preview.heightPx);
    expect(k.inked / k.total).toBeGreaterThan(0.02);
    for (const ink of ['C', 'M', 'Y'] as const) {
      const plate = await inkedPixels(preview.plates[ink].pngBase64);
      expect(plate.inked / plate.total, ink).toBeLessThan(0.005);
    }
    expect(preview.plates.K.coverage).toBeGreaterThan(0.02);
    expect(preview.maxTotalInkPct).toBeGreaterThan(50);
    expect(preview.maxTotalInkPct).toBeLessThanOrEqual(240);
    const heat = await sharp(Buffer.from(preview.heatMapPngBase64, 'base64')).metadata();
    expect([heat.width, heat.height, heat.channels]).toEqual([preview.widthPx, preview.heightPx, 4]);
  });

  it('without Ghostscript: one plain line naming the package, no stack trace', async () => {
    const { issue } = await call('demo.create', {});
    const pageId = (await call('issues.get', { id: issue })).pages[0].id;
    const saved = process.env.FOLIO_GS;
    process.env.FOLIO_GS = '/nonexistent/folio-test/gs';
    try {
      const reply = await services.dispatch('export.separationPreview', { pageId });
      expect(reply.ok).toBe(false);
      if (!reply.ok) expect(reply.error.message).toMatch(/ghostscript/);
    } finally {
      if (saved === undefined) delete process.env.FOLIO_GS;
      else process.env.FOLIO_GS = saved;
    }
  });

  it('an unknown page is a plain not-found', async () => {
    const reply = await services.dispatch('export.separationPreview', { pageId: 'no-such-page' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('not-found');
  });
});
