// Cue words that place a clause in a STAR part. Strong cues weigh 2, weak ones 1; the highest
// total wins; on a tie, the part whose cue comes first in the clause. No cue: no part.
import type { StarKey } from "../types";
import { STAR_KEYS } from "../types";
import { withoutFootnoteRefs } from "./star-markers";

interface Cue {
	re: RegExp;
	weight: number;
}

// What a sentence says places it: the time, place and what was wrong set the scene; the goal and the
// deadline are the task; verbs of my own doing are the action; outcomes, numbers and lessons the result.
const CUES: Record<StarKey, Cue[]> = {
	situation: [
		{ re: /在[^，。！？,.!?]{0,30}?(?:项目|公司|团队|学校|部门|单位|岗位|实习|工作|期间)/, weight: 2 },
		{ re: /当时|有一次|那时|那年|那段时间|我之前|之前在|以前|曾经|背景是|去年|前年|上个月|刚入职|刚上线/, weight: 2 },
		{ re: /问题是|故障|宕机|报警|投诉|延期|冲突|分歧|矛盾|不满|抱怨|积压|暴涨|风险|不会用|混乱|瓶颈|滞后|流失|下滑|出了问题|出错/g, weight: 2 },
		{
			re: /\b(?:when I was|at my (?:previous|last|former|first)|in my (?:previous|last|former|first)|while (?:I was )?working|back (?:in|when)|at the time|one time|there was a time|once|during|a few (?:years|months) ago|last (?:year|month|quarter|summer|spring|winter|fall))\b/i,
			weight: 2,
		},
		{
			re: /\b(?:problems?|issues?|complained|complaints?|late|broken|outages?|crash(?:ed|es)?|conflicts?|disagreed|disagreement|struggl\w+|behind schedule|missed|unhappy|frustrated|backlog|was losing|nobody owned)\b/gi,
			weight: 2,
		},
		{ re: /\bin (?:19|20)\d\d\b/i, weight: 1 },
	],
	task: [
		{ re: /需要|负责|任务|目标|要求|必须|挑战是|难点|承担|交给我|截止|要在|得在|确保|保证/, weight: 2 },
		{
			re: /\b(?:needs? to|needed to|had to|have to|has to|my (?:task|job|goal|role|responsibility)|responsible for|goals?|tasks?|(?:was|were) asked to|challenge|deadline|must)\b/i,
			weight: 2,
		},
	],
	action: [
		{
			re: /首先|然后|于是|做法|接着|其次|随后|之后我|我决定|我先|我主动|我组织|我带领|我设计|我制定|我通过|我把|采取|措施|方法是|具体来说|一方面|另一方面|第[一二三四五]步/,
			weight: 2,
		},
		{
			re: /联系|沟通|拆分|安排|组织|编写|写了|录了|制定|推动|协调|跟进|整理|调研|梳理|搭建|召开|打电话|回访|培训了|主导|说服|请教|排查|修复|引入|建立了|设计了|开发了|分析了|优化了/g,
			weight: 2,
		},
		{
			re: /\b(?:I decided|first(?:ly)?|then|next|so I|I started|my approach|after that)\b/i,
			weight: 2,
		},
		{
			re: /\b(?:I|and) (?:then |first |also |personally )?(?:called|emailed|wrote|rewrote|met|set up|scheduled|arranged|organi[sz]ed|split|built|created|designed|talked|proposed|reached out|asked|fixed|trained|ran|led|began|interviewed|mapped|automated|added|moved|changed|introduced|negotiated|convinced|coordinated|reviewed|analy[sz]ed|documented|paired|escalated|suggested|made|broke|worked|set)\b/gi,
			weight: 2,
		},
		{ re: /\bI [a-z]+ed\b/, weight: 1 },
	],
	result: [
		{
			re: /最终|结果|最后|提前|满意|效果|成功|顺利|提升|提高|降低|减少|增加|节省|获得|好评|认可|达成|完成了|交付|这样一来|因此|一半|翻倍|清零|都能/,
			weight: 2,
		},
		{ re: /学到|学会了|明白了|意识到|体会到|收获|教训/, weight: 2 },
		// A problem that shrank ("投诉少了一半", "complaints fell by half") is the outcome: it outweighs the problem word's scene.
		{ re: /(?:投诉|故障|报警|积压|延期|工单|错误|流失|成本|耗时|bug)[^，。！？,.!?；;]{0,8}?(?:少了|减少|下降|降低|降了|减半|清零|没了|消失|缩短)/gi, weight: 3 },
		{
			re: /\b(?:complaints?|tickets?|bugs?|errors?|outages?|incidents?|churn|backlog|costs?|latency)\b[^.,;!?]{0,24}?\b(?:fell|dropped|went down|decreased|declined|halved|shrank)\b/gi,
			weight: 3,
		},
		{
			re: /\b(?:as a result|in the end|finally|results?|resulted|eventually|ended up|increased|reduced|improved|saved|delivered|shipped|launched|ahead of schedule|on time|satisfied|praised|success(?:ful|fully)?|dropped|fell|grew|won|instead of)\b/i,
			weight: 2,
		},
		{ re: /\b(?:learned|learnt|lessons?|taught me|realized|realised)\b/i, weight: 2 },
		{ re: /\d+(?:\.\d+)?\s*(?:%|％|倍|percent)|百分之/i, weight: 2 },
		{ re: /\d/, weight: 1 },
	],
};

interface Score {
	total: number;
	/** Where its earliest cue starts (ties go to the part cued first). */
	first: number;
}

/** Scores of a text for each part. */
export function cueScores(text: string): Record<StarKey, Score> {
	// A year ("2019年", "in 2021") is a setting, not a result.
	const plain = withoutFootnoteRefs(text).replace(/(?:19|20)\d\d\s*年/g, "那年");
	const scores = {} as Record<StarKey, Score>;
	for (const key of STAR_KEYS) {
		const score: Score = { total: 0, first: Infinity };
		for (const cue of CUES[key]) {
			// A /g cue counts up to two different hits ("延期" and "不满" weigh more than one word).
			const hits = cue.re.global ? [...plain.matchAll(cue.re)] : [cue.re.exec(plain)].filter((m) => m !== null);
			if (hits.length === 0) continue;
			const distinct = new Set(hits.map((m) => m[0].toLowerCase())).size;
			score.total += cue.weight * Math.min(distinct, 2);
			score.first = Math.min(score.first, hits[0].index);
		}
		scores[key] = score;
	}
	return scores;
}

/** The part cue words place this text in, or null when nothing cues it. */
export function cuePart(text: string): StarKey | null {
	const scores = cueScores(text);
	let best: StarKey | null = null;
	for (const key of STAR_KEYS) {
		const s = scores[key];
		if (s.total === 0) continue;
		if (best === null || s.total > scores[best].total || (s.total === scores[best].total && s.first < scores[best].first)) {
			best = key;
		}
	}
	return best;
}

const NUMBER = /\d|百分之|[两三四五六七八九十百千万半]+(?:倍|成|天|周|个月|年|人|名|位|万|%)|一半|翻倍/;
const OUTCOME =
	/比预期|超出预期|超预期|提前|满意|成功|顺利|提升|提高|降低|减少|增加|节省|获得|好评|认可|达成|完成|交付|上线|通过|签约|掌握|解决|\b(?:increased|reduced|improved|saved|cut|delivered|shipped|launched|ahead of schedule|on time|satisfied|praised|won|dropped|grew|completed|passed|solved|fixed|signed)\b/i;

export function hasNumber(text: string): boolean {
	return NUMBER.test(withoutFootnoteRefs(text));
}

export function hasOutcome(text: string): boolean {
	return OUTCOME.test(withoutFootnoteRefs(text));
}
