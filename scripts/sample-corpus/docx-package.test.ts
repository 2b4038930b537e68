import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { normalizeDocxPackage } from './docx-package.ts';

const core = (stamp: string): string =>
  `<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;

const packageMadeAt = (stamp: string): Uint8Array =>
  zipSync(
    { '[Content_Types].xml': strToU8('<Types/>'), 'docProps/core.xml': strToU8(core(stamp)) },
    { mtime: new Date(stamp) },
  );

describe('normalizeDocxPackage', () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  it('writes the fixed date into the core properties', () => {
    const normalized = normalizeDocxPackage(
      packageMadeAt('2026-11-28T12:09:10.309Z'),
      new Date('2025-01-14T12:00:00Z'),
    );
    const entries = unzipSync(normalized);
    expect(Object.keys(entries)).toEqual(['[Content_Types].xml', 'docProps/core.xml']);
    expect(strFromU8(entries['docProps/core.xml'] ?? new Uint8Array())).toBe(core('2025-01-14T12:00:00Z'));
  });

  it('gives the same bytes whenever and in whichever time zone it runs', () => {
    const created = new Date('2025-01-14T12:00:00Z');
    process.env.TZ = 'Pacific/Kiritimati';
    const first = normalizeDocxPackage(packageMadeAt('2026-11-28T12:09:10.309Z'), created);
    process.env.TZ = 'America/Los_Angeles';
    const second = normalizeDocxPackage(packageMadeAt('2027-02-01T23:59:58.001Z'), created);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
