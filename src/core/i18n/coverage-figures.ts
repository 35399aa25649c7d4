// Coverage figures' words (learned, the bars' legend, weak spots), Chinese and English; spread into
// COVERAGE_STRINGS (coverage.ts) and so into the one table.
const en = {
	"coverage.col.learned": "Learned",
	"coverage.stat.learned": "learned",
	"coverage.legend.answered": "with a model answer",
	"coverage.legend.learned": "learned",
	"coverage.learned.explain": "Learned: recalled at its last review and not due again yet (a new question counts once past its learning steps).",
	"coverage.weak.again": "Graded Again",
	"coverage.weak.againCount": "Again {n}×",
	"coverage.weak.mock": "Struggled in the last mock interview",
	"coverage.weak.mockRating": "rated {rating}",
	"coverage.weak.mockTimedOut": "ran out of time",
	"coverage.weak.overTime": "Far over the {target} speaking target",
	"coverage.weak.nothing": "Nothing you struggled with: no Again, no low mock rating or timeout, no answer far over time.",
};

const zh: Record<keyof typeof en, string> = {
	"coverage.col.learned": "已掌握",
	"coverage.stat.learned": "已掌握",
	"coverage.legend.answered": "有示范回答",
	"coverage.legend.learned": "已掌握",
	"coverage.learned.explain": "已掌握：上次复习答出来了，而且还没到下次复习的时候（新题要过了学习步骤才算）。",
	"coverage.weak.again": "评过「重来」",
	"coverage.weak.againCount": "重来 {n} 次",
	"coverage.weak.mock": "上次模拟面试里吃力",
	"coverage.weak.mockRating": "评分：{rating}",
	"coverage.weak.mockTimedOut": "时间用完",
	"coverage.weak.overTime": "远超 {target} 的说话目标",
	"coverage.weak.nothing": "没有吃力的题：没有评过「重来」，模拟面试没有低分或超时，也没有远超目标时间的回答。",
};

export const COVERAGE_FIGURE_STRINGS = { zh, en };
