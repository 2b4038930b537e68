/** Creating topics (experts) and setting their owner and default groups (beheerders). */
import { AppError } from '../errors.ts';
import type { User } from '../http/types.ts';
import type { CreateTopicBody, UpdateTopicBody } from '../contract/note-requests.ts';
import type { TopicView } from '../contract/note-views.ts';
import type { NotesCore } from './core.ts';
import { checkNoteFields, cleanLine, noteLimits } from './fields.ts';
import { topicView } from './note-views.ts';
import { groupsOutsideUser, isAdmin, isExpert } from './permissions.ts';

function checkTopic(name: string | undefined, groups: string[] | undefined, user: User) {
  const { clean, problems } = checkNoteFields({
    ...(name !== undefined ? { topic: name } : {}),
    ...(groups !== undefined ? { accessGroups: groups } : {}),
  });
  if (name !== undefined && clean.topic === null) problems.push('De naam van het onderwerp is leeg');
  const outside = clean.accessGroups ? groupsOutsideUser(clean.accessGroups, user) : [];
  if (outside.length > 0)
    problems.push(`U kunt alleen groepen kiezen waar u zelf in zit (niet: ${outside.join(', ')})`);
  if (problems.length > 0) throw new AppError('bad_request', `Ongeldige invoer: ${problems.join('; ')}`);
  return clean;
}

export function createTopicActions(core: NotesCore) {
  return {
    create(user: User, body: CreateTopicBody): { topic: TopicView; created: boolean } {
      if (!isExpert(user)) throw new AppError('forbidden', 'Alleen experts kunnen onderwerpen toevoegen.');
      const clean = checkTopic(body.name, body.accessGroups ?? [], user);
      const name = clean.topic as string;
      const existing = core.topics.byName(name);
      if (existing) return { topic: topicView(existing, user), created: false };
      const groups = clean.accessGroups && clean.accessGroups.length > 0 ? clean.accessGroups : user.groups;
      return { topic: topicView(core.topics.ensure(name, groups, core.now()), user), created: true };
    },

    update(user: User, id: string, body: UpdateTopicBody): TopicView {
      if (!isAdmin(user)) throw new AppError('forbidden', 'Alleen een beheerder kan een onderwerp wijzigen.');
      const topic = core.topics.get(id);
      if (!topic) throw new AppError('not_found', 'Dit onderwerp bestaat niet.');
      const clean = checkTopic(body.name, body.accessGroups, user);
      const ownerName =
        body.ownerName === undefined || body.ownerName === null ? null : cleanLine(body.ownerName);
      if (ownerName !== null && (ownerName.length > noteLimits.authorMax || /[<>]/.test(ownerName))) {
        throw new AppError(
          'bad_request',
          'Ongeldige invoer: de naam van de eigenaar is te lang of bevat HTML',
        );
      }
      if (
        clean.topic &&
        clean.topic.toLowerCase() !== topic.name.toLowerCase() &&
        core.topics.byName(clean.topic)
      ) {
        throw new AppError('conflict', `Er is al een onderwerp met de naam ${clean.topic}.`);
      }
      const owner =
        body.ownerUserId === undefined
          ? {
              ownerPseudonym: topic.ownerPseudonym,
              ownerName: body.ownerName === undefined ? topic.ownerName : ownerName,
            }
          : body.ownerUserId === null
            ? { ownerPseudonym: null, ownerName: null }
            : { ownerPseudonym: core.options.pseudonymize(body.ownerUserId), ownerName };
      const next = {
        ...topic,
        ...owner,
        name: clean.topic ?? topic.name,
        accessGroups: clean.accessGroups ?? topic.accessGroups,
      };
      core.topics.update(next);
      return topicView(next, user);
    },
  };
}

export type TopicActions = ReturnType<typeof createTopicActions>;
