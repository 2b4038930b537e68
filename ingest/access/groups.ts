/**
 * The access rule, once: a reader may see an item (chunk, document, note, asked question) when they share a
 * group with it. Group names are compared after trimming, exactly otherwise (case counts, as in the LanceDB
 * filter), and an empty name is no group: it never grants anything. Closed by default: no groups, no access.
 */

/** Group names as the rule compares them: trimmed, empty ones dropped, each once, in first-seen order. */
export function normalizeGroups(groups: readonly string[]): string[] {
  return [...new Set(groups.map((group) => group.trim()).filter((group) => group.length > 0))];
}

/** Whether a reader in `userGroups` may see an item readable by `itemGroups`. */
export function sharesGroup(userGroups: readonly string[], itemGroups: readonly string[]): boolean {
  const mine = new Set(normalizeGroups(userGroups));
  return mine.size > 0 && normalizeGroups(itemGroups).some((group) => mine.has(group));
}
