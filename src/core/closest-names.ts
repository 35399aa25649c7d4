// "Did you mean": note names closest to a hub name no note has and nobody links to (scan and settings).

function editDistance(a: string[], b: string[]): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[b.length];
}

/** Up to `limit` names, closest first: names containing the wanted text (or contained in it), then by edit distance. */
export function closestNames(wanted: string, names: Iterable<string>, limit = 3): string[] {
	const w = wanted.toLowerCase();
	const wChars = [...w];
	const scored: { name: string; score: number }[] = [];
	for (const name of new Set(names)) {
		const n = name.toLowerCase();
		const chars = [...n];
		const contains = n.includes(w) || w.includes(n);
		const score = editDistance(wChars, chars) / Math.max(wChars.length, chars.length, 1) - (contains ? 1 : 0);
		scored.push({ name, score });
	}
	scored.sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return scored.slice(0, limit).map((s) => s.name);
}
