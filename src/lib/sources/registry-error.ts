/** One readable error for an invalid registry file: a line per problem naming the file and field. */
export function registryError(file: string, issues: readonly { path: PropertyKey[]; message: string }[]): Error {
  const lines = issues.map((i) => `- ${file}: field ${i.path.map(String).join('.')}: ${i.message}`);
  return new Error(`The source registry is invalid:\n${lines.join('\n')}`);
}
