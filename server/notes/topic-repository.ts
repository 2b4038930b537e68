import { foldAccents } from '../../ingest/dutch/index.ts';
import type { NotesDatabase } from './database.ts';
import type { TopicRecord } from './types.ts';

type Row = Record<string, unknown>;

/** `Verkeer & vervoer` → `verkeer-vervoer`: lower case, accents folded, anything else a dash. */
export function slugify(value: string, maxLength = 60): string {
  const slug = foldAccents(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'zonder-naam';
}

function topicFromRow(row: Row): TopicRecord {
  let groups: string[] = [];
  try {
    groups = JSON.parse(String(row.access_groups)) as string[];
  } catch {
    // a damaged cell reads as no default groups
  }
  return {
    id: String(row.id),
    name: String(row.name),
    ownerPseudonym: row.owner_pseudonym == null ? null : String(row.owner_pseudonym),
    ownerName: row.owner_name == null ? null : String(row.owner_name),
    accessGroups: groups,
    createdAt: new Date(Number(row.created_at)),
  };
}

export interface TopicRepository {
  list(): TopicRecord[];
  get(id: string): TopicRecord | null;
  byName(name: string): TopicRecord | null;
  /** The topic with this name, created (without owner) when it does not exist yet. */
  ensure(name: string, accessGroups: string[], now: Date): TopicRecord;
  update(topic: TopicRecord): void;
}

export function createTopicRepository(database: NotesDatabase): TopicRepository {
  const statements = {
    list: database.prepare<[], Row>('SELECT * FROM topics ORDER BY name COLLATE NOCASE'),
    get: database.prepare<[string], Row>('SELECT * FROM topics WHERE id = ?'),
    byName: database.prepare<[string], Row>('SELECT * FROM topics WHERE name = ? COLLATE NOCASE'),
    insert: database.prepare(
      'INSERT INTO topics (id, name, owner_pseudonym, owner_name, access_groups, created_at) VALUES (?, ?, NULL, NULL, ?, ?)',
    ),
    update: database.prepare(
      'UPDATE topics SET name = ?, owner_pseudonym = ?, owner_name = ?, access_groups = ? WHERE id = ?',
    ),
  };
  const get = (id: string) => {
    const row = statements.get.get(id);
    return row ? topicFromRow(row) : null;
  };
  const byName = (name: string) => {
    const row = statements.byName.get(name);
    return row ? topicFromRow(row) : null;
  };
  return {
    list: () => statements.list.all().map(topicFromRow),
    get,
    byName,
    ensure(name, accessGroups, now) {
      const existing = byName(name);
      if (existing) return existing;
      const base = slugify(name);
      let id = base;
      for (let suffix = 2; get(id) !== null; suffix++) id = `${base}-${suffix}`;
      statements.insert.run(id, name, JSON.stringify(accessGroups), now.getTime());
      return get(id) as TopicRecord;
    },
    update(topic) {
      statements.update.run(
        topic.name,
        topic.ownerPseudonym,
        topic.ownerName,
        JSON.stringify(topic.accessGroups),
        topic.id,
      );
    },
  };
}
