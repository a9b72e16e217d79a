/** A line of the error summary: the field it links to (none for the form's messages) and the message. */
export interface SummaryItem {
  path: string;
  message: string;
}

/**
 * One line per message: a message that core gives at several fields (the third-partner rule at the
 * partner list, a partner's „kommunal“ answer and its „überregional“ answer) is listed once, at its
 * first field. Expects the items in page order.
 */
export function oncePerMessage(items: readonly SummaryItem[]): SummaryItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.message) && seen.add(item.message));
}
