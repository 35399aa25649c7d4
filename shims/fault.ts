// Stands in for `fault` (and the `format` printf it carries, 1.5 KB of main.js) in main.js (listed in
// shims/aliases.mjs). micromark-extension-frontmatter throws with it only for a malformed matter
// option, which the plugin never passes; the messages read the same (`%s` as text, `%j` as JSON).
export function fault(format: string, ...values: unknown[]): Error {
	let i = 0;
	return new Error(format.replace(/%([sj])/g, (_, kind: string) => (kind === "j" ? JSON.stringify(values[i++]) : String(values[i++]))));
}
