type StandardIssue = { path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined; message: string };

/** Standard Schema issues grouped like `validateForm`'s field errors: messages by dotted path, each once. */
export function issuesByPath(issues: readonly StandardIssue[]): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map((p) => String(typeof p === "object" ? p.key : p)).join(".");
    const messages = (grouped[path] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return grouped;
}
