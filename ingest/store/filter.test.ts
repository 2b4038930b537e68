import { describe, expect, it } from 'vitest';
import {
  accessGroupsSql,
  chunkFilterSql,
  sqlIdentifier,
  sqlNumber,
  sqlString,
  sqlStringList,
} from './filter.ts';

describe('filter escaping', () => {
  it('doubles single quotes so a value stays one literal', () => {
    expect(sqlString("x' OR '1'='1")).toBe("'x'' OR ''1''=''1'");
    expect(sqlString('plain')).toBe("'plain'");
  });

  it('builds IN lists and refuses empty ones', () => {
    expect(sqlStringList(['a', "b'c"])).toBe("('a', 'b''c')");
    expect(() => sqlStringList([])).toThrow();
  });

  it('accepts only plain column names', () => {
    expect(sqlIdentifier('document_id')).toBe('document_id');
    expect(() => sqlIdentifier('id; DROP')).toThrow();
    expect(() => sqlIdentifier('a OR 1=1')).toThrow();
  });

  it('refuses non-finite numbers', () => {
    expect(sqlNumber(12.5)).toBe('12.5');
    expect(() => sqlNumber(Number.NaN)).toThrow();
  });
});

describe('chunkFilterSql', () => {
  it('always filters on access groups, escaped', () => {
    expect(chunkFilterSql({ accessGroups: ['mobiliteit', "x'y"] })).toBe(
      "array_has_any(access_groups, ['mobiliteit', 'x''y'])",
    );
  });

  it('matches nothing for a reader without groups', () => {
    expect(chunkFilterSql({ accessGroups: [] })).toBe('false');
    expect(chunkFilterSql({ accessGroups: [''] })).toBe('false');
  });

  it('adds source, format and date filters', () => {
    const sql = chunkFilterSql({
      accessGroups: ['a'],
      sources: ['voorbeeld'],
      formats: ['pdf', 'docx'],
      modifiedFrom: new Date(1000),
      modifiedTo: new Date(2000),
    });
    expect(sql).toContain("source IN ('voorbeeld')");
    expect(sql).toContain("format IN ('pdf', 'docx')");
    expect(sql).toContain('modified_ms >= 1000');
    expect(sql).toContain('modified_ms <= 2000');
  });
});

describe('accessGroupsSql', () => {
  it('normalises the reader groups as sharesGroup does: trimmed, blanks dropped, each once', () => {
    expect(accessGroupsSql([' mobiliteit', '', 'mobiliteit ', '  ', 'Directie'])).toBe(
      "array_has_any(access_groups, ['mobiliteit', 'Directie'])",
    );
  });

  it('matches nothing for a reader with only blank groups', () => {
    expect(accessGroupsSql([' ', '\t'])).toBe('false');
    expect(chunkFilterSql({ accessGroups: ['  '], sources: ['bron'] })).toBe('false');
  });
});
