// The straightforward forms of stripMarkup and stripNumbering: every pattern runs on every text, in
// order. The shipped forms skip the patterns that cannot match; tests compare the two.
const CN_NUM = "一二三四五六七八九十百零〇两";
const NUMBERING: RegExp[] = [
	/^(?:问题|题目|问|面试题|Question|Q)\s*(?:[0-9０-９]+\s*)?[:：.、．)）-]\s*/i,
	/^(?:问题|题目|Question|Q)\s*[0-9０-９]+\s+/i,
	/^[0-9０-９]+(?:[.．][0-9０-９]+)*\s*[.．、)）:：]\s+/,
	/^[0-9０-９]+(?:[.．][0-9０-９]+)*\s+(?!\s|[a-z]|[个件种次条位])/,
	/^[0-9０-９]+(?:[.．][0-9０-９]+)*\s*[.．、)）:：]\s*/,
	new RegExp(`^[${CN_NUM}]+\\s*[、.．:：]\\s*`),
	new RegExp(`^[（(]\\s*[${CN_NUM}0-9]+\\s*[)）]\\s*`),
	new RegExp(`^第\\s*[${CN_NUM}0-9]+\\s*[题问部分章节]\\s*[:：、.．]?\\s*`),
	/^#\d+\s*/,
];

export function referenceStripNumbering(text: string): string {
	let out = text.trim();
	for (let i = 0; i < 3; i++) {
		const before = out;
		for (const re of NUMBERING) out = out.replace(re, "");
		if (out === before) break;
	}
	return out.trim();
}

function removeComments(text: string): string {
	return text.replace(/<!--[\s\S]*?-->/g, "");
}

export function referenceStripMarkup(text: string): string {
	let t = text.replace(/[\u200b\u200c\u2060\ufeff]/g, "");
	t = t.replace(/(\p{Extended_Pictographic}\ufe0f?)?\u200d(?=(\p{Extended_Pictographic})?)/gu, (m, before?: string, after?: string) => (before && after ? m : (before ?? "")));
	t = removeComments(t);
	t = t
		.replace(/<\/?[A-Za-z][^<>]*>/g, "")
		.replace(/!\[\[[^[\]]*\]\]/g, "")
		.replace(/\[\[([^[\]|#]*)(?:#[^[\]|]*)?\|([^[\]]*)\]\]/g, "$2")
		.replace(/\[\[([^[\]|#]*)(?:#([^[\]|]*))?\]\]/g, (_m, a: string, h: string | undefined) => a || h || "")
		.replace(/!\[[^[\]]*\]\((?:[^()]|\([^()]*\))*\)/g, "")
		.replace(/\[([^[\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, "$1")
		.replace(/(\*\*|__|~~|==)/g, "")
		.replace(/(^|[^\w*])[*_](?=\S)([^*_]*\S)[*_](?!\w)/g, "$1$2")
		.replace(/`+/g, "");
	return t.replace(/\s+/g, " ").trim();
}
