import { describe, expect, it } from 'vitest';
import { groupMappingSchema, mapClaimsToAccess } from './group-mapping.ts';

const mapping = groupMappingSchema.parse({
  claim: 'groups',
  rules: [
    {
      values: ['vraagbaak-medewerkers', 'S-1-5-21-1004336348-1177238915-682003330-512'],
      accessGroups: ['medewerkers'],
      roles: ['medewerker'],
    },
    {
      values: ['6f1c9a52-3b1e-4c2d-9f7a-2a4b5c6d7e8f'],
      accessGroups: ['alpha'],
      roles: ['medewerker', 'expert'],
    },
    { values: ['vraagbaak-beheer'], roles: ['beheerder'] },
    { values: ['vraagbaak-audit'], roles: ['auditor'] },
  ],
});

describe('mapClaimsToAccess', () => {
  it('grants the access groups and roles of every matched rule, without duplicates', () => {
    const result = mapClaimsToAccess(
      { groups: ['6f1c9a52-3b1e-4c2d-9f7a-2a4b5c6d7e8f', 'vraagbaak-medewerkers', 'vraagbaak-beheer'] },
      mapping,
    );
    expect(result).toEqual({
      ok: true,
      value: { accessGroups: ['alpha', 'medewerkers'], roles: ['medewerker', 'expert', 'beheerder'] },
    });
  });

  it('matches SIDs and object ids like names, and reads a single string claim', () => {
    expect(mapClaimsToAccess({ groups: 'S-1-5-21-1004336348-1177238915-682003330-512' }, mapping)).toEqual({
      ok: true,
      value: { accessGroups: ['medewerkers'], roles: ['medewerker'] },
    });
  });

  it('lets unknown groups grant nothing', () => {
    const result = mapClaimsToAccess({ groups: ['vraagbaak-audit', 'domain-admins', 'beheerder'] }, mapping);
    expect(result).toEqual({ ok: true, value: { accessGroups: [], roles: ['auditor'] } });
  });

  it('compares exactly: another case or a prefix is another group', () => {
    const result = mapClaimsToAccess({ groups: ['Vraagbaak-Beheer', 'vraagbaak-beheer-oud'] }, mapping);
    expect(result).toEqual({ ok: false, reason: { code: 'no_mapped_group', claim: 'groups' } });
  });

  it('says no_mapped_group when the claim is missing, empty or not a list of strings', () => {
    for (const claims of [{}, { groups: [] }, { groups: 42 }, { groups: [{ id: 'vraagbaak-beheer' }] }]) {
      expect(mapClaimsToAccess(claims, mapping)).toEqual({
        ok: false,
        reason: { code: 'no_mapped_group', claim: 'groups' },
      });
    }
  });

  it('reads the configured claim only', () => {
    const roleMapping = groupMappingSchema.parse({
      claim: 'roles',
      rules: [{ values: ['beheer'], roles: ['beheerder'] }],
    });
    expect(mapClaimsToAccess({ groups: ['beheer'] }, roleMapping).ok).toBe(false);
    expect(mapClaimsToAccess({ roles: ['beheer'] }, roleMapping)).toEqual({
      ok: true,
      value: { accessGroups: [], roles: ['beheerder'] },
    });
  });

  it('tells an Entra group overage apart', () => {
    const claims = {
      _claim_names: { groups: 'src1' },
      _claim_sources: { src1: { endpoint: 'https://graph' } },
    };
    expect(mapClaimsToAccess(claims, mapping)).toEqual({
      ok: false,
      reason: { code: 'group_overage', claim: 'groups' },
    });
  });

  it('refuses a mapping with an unknown role', () => {
    const parsed = groupMappingSchema.safeParse({ rules: [{ values: ['x'], roles: ['admin'] }] });
    expect(parsed.success).toBe(false);
  });
});
