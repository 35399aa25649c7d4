// Stories whose words are closest to a question: overlap of Chinese character bigrams and English
// words and word bigrams, offline. The question's own scaffolding ("Tell me about a time", 举例,
// 描述一次, …的经历) is left out first: it says the question is behavioural, not what it is about. Pure.
import type { Story } from "./stories";

const SCAFFOLD_ZH = /请?举(?:个|一个)?例子?(?:说明)?|描述一次|讲一次|说一次|讲讲|说说|分享一次|谈谈|你的|你是|你在|你有|有没有|遇到过|经历过?|的时候|一次|什么|怎么|如何|吗|呢/g;
const STOP_EN = new Set(
	"a an the i me my we us our you your he she they it its of to in on at for with about from by as and or but if when where how what which who whom why was were is are be been being had have has did do does done tell describe give share walk talk through time times situation example ever once that this those these there then than so not no".split(
		" ",
	),
);

/** The units compared: Chinese character bigrams, English word stems and word bigrams. */
export function suggestUnits(text: string): Set<string> {
	const out = new Set<string>();
	const zh = text.replace(SCAFFOLD_ZH, "，");
	for (const run of zh.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
		if (run.length === 1) out.add(run);
		for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
	}
	const words = (text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []).filter((w) => !STOP_EN.has(w)).map(stem);
	for (const w of words) if (w.length > 2) out.add(w);
	for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
	return out;
}

/** A light English stem: conflicts/conflicting → conflict, disagreed → disagre. */
function stem(word: string): string {
	return word.replace(/'s$/, "").replace(/(?:ing|ure|ed|es|s|ly)$/, "") || word;
}

export interface StorySuggestion {
	story: Story;
	/** Share of the question's units found in the story (its name and competencies count twice). */
	score: number;
}

/** Up to `limit` stories with some overlap, closest first (ties by name). */
export function suggestStories(question: string, stories: readonly Story[], limit = 3): StorySuggestion[] {
	const q = suggestUnits(question);
	if (q.size === 0) return [];
	const scored: StorySuggestion[] = [];
	for (const story of stories) {
		const head = suggestUnits(`${story.name} ${story.competencies.join(" ")}`);
		const body = suggestUnits(story.text);
		let hits = 0;
		for (const u of q) hits += head.has(u) ? 2 : body.has(u) ? 1 : 0;
		if (hits > 0) scored.push({ story, score: hits / (2 * q.size) });
	}
	return scored.sort((a, b) => b.score - a.score || a.story.name.localeCompare(b.story.name)).slice(0, limit);
}
