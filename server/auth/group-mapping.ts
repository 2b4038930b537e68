import { z } from 'zod';
import { fail, ok, type Failure, type Result } from '../../ingest/result.ts';

/** What each role may do: ask; write and review notes; run sources, jobs and the index; read answer records. */
export const roles = ['medewerker', 'expert', 'beheerder', 'auditor'] as const;
export type Role = (typeof roles)[number];

/**
 * One rule of the mapping: any of `values` in the user's group claim (a group name, an Entra object id, an
 * on-premises SID: whatever the provider sends) grants these access groups and roles. Values compare exactly:
 * a loose match (case, prefix) could grant a group to someone the provider never put in it.
 */
export const groupRuleSchema = z.object({
  values: z.array(z.string().trim().min(1)).min(1),
  accessGroups: z.array(z.string().trim().min(1)).default([]),
  roles: z.array(z.enum(roles)).default([]),
});

export const groupMappingSchema = z.object({
  /** The claim that lists the user's groups, in the ID token or the userinfo response. */
  claim: z.string().min(1).default('groups'),
  rules: z.array(groupRuleSchema).min(1),
});
export type GroupMapping = z.infer<typeof groupMappingSchema>;

export interface Access {
  accessGroups: string[];
  roles: Role[];
}

export type AccessFailure =
  /** None of the user's groups is in the mapping (or the claim is missing): the user gets nothing. */
  | Failure<'no_mapped_group', { claim: string }>
  /**
   * Entra sends `_claim_names` instead of the groups when a user is in too many (more than 200 in a JWT); the
   * groups would then have to be read from Microsoft Graph. Said apart so the edge can tell the admin what to do
   * (send only the groups assigned to the application).
   */
  | Failure<'group_overage', { claim: string }>;

/** The provider's group values in `claims[claim]`: a list of strings, or one string. Anything else is none. */
function groupValues(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

function hasOverage(claims: Record<string, unknown>, claim: string): boolean {
  const names = claims['_claim_names'];
  return typeof names === 'object' && names !== null && claim in names;
}

/**
 * The access groups and roles that the user's provider groups grant under `mapping`. Unknown groups grant
 * nothing; a user none of whose groups is mapped gets a `no_mapped_group` failure, never an empty access.
 */
export function mapClaimsToAccess(
  claims: Record<string, unknown>,
  mapping: GroupMapping,
): Result<Access, AccessFailure> {
  const values = new Set(groupValues(claims, mapping.claim));
  const matched = mapping.rules.filter((rule) => rule.values.some((value) => values.has(value)));
  if (matched.length === 0) {
    if (values.size === 0 && hasOverage(claims, mapping.claim)) {
      return fail({ code: 'group_overage', claim: mapping.claim });
    }
    return fail({ code: 'no_mapped_group', claim: mapping.claim });
  }
  const accessGroups = new Set(matched.flatMap((rule) => rule.accessGroups));
  const grantedRoles = new Set(matched.flatMap((rule) => rule.roles));
  return ok({
    accessGroups: [...accessGroups].sort(),
    // In the order of `roles`, so equal access reads the same everywhere.
    roles: roles.filter((role) => grantedRoles.has(role)),
  });
}
