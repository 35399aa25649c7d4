// Fills `{name}` slots in a UI string, and `{n|day|days}` with the number and the word that fits it.
// The one template filler, used only by `t` in index.ts.

export type TemplateVars = Record<string, string | number>;

export function fillTemplate(template: string, vars: TemplateVars): string {
	return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
		const value = vars[name];
		if (value === undefined) return whole;
		if (one === undefined || other === undefined) return String(value);
		return `${value} ${Number(value) === 1 ? one : other}`;
	});
}
