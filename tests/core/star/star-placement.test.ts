// Sentence placement: answers written for these tests, each key sentence with the part a person
// would put it in ("unplaced" when it fits none and must not be forced into one).
import { describe, expect, it } from "vitest";
import { DEFAULT_LABELS } from "../../../src/core/labels";
import { convertToStar, type PlacedParts } from "../../../src/core/star/star-convert";

type Where = keyof PlacedParts;

function placed(answer: string, lang: "zh" | "en"): PlacedParts {
	const r = convertToStar(answer, { lang, labels: DEFAULT_LABELS, keepOriginal: false });
	if (r.kind !== "converted") throw new Error(r.kind);
	return r.parts;
}

const CASES: { name: string; lang: "zh" | "en"; answer: string; expect: [string, Where][] }[] = [
	{
		name: "zh: conflict story, one sentence per part",
		lang: "zh",
		answer: "当时在一个教务系统项目中，两位同事对接口设计有分歧。我需要在周五前让方案定下来。我先分别听了两个人的理由，然后组织了一次评审会。最终我们选了折中方案，提前两天上线。",
		expect: [["两位同事对接口设计有分歧", "situation"], ["周五前让方案定下来", "task"], ["组织了一次评审会", "action"], ["提前两天上线", "result"]],
	},
	{
		name: "zh: the issue's answer: past experience is the setting, writing is doing, the link to the job fits none",
		lang: "zh",
		answer: "我之前负责过陕西开放大学的教师培训，编写了操作手册。这和咱们岗位要做的客户培训很像，所以我能很快上手。",
		expect: [["我之前负责过陕西开放大学的教师培训", "situation"], ["编写了操作手册", "action"], ["这和咱们岗位要做的客户培训很像", "unplaced"]],
	},
	{
		name: "zh: a time and what went wrong",
		lang: "zh",
		answer: "去年双十一，系统订单量暴涨，客服工单积压了两千多条。",
		expect: [["客服工单积压了两千多条", "situation"]],
	},
	{ name: "zh: a goal with a deadline", lang: "zh", answer: "我的目标是三天内清空积压。", expect: [["三天内清空积压", "task"]] },
	{
		name: "zh: verbs of doing (联系, 拆分, 安排)",
		lang: "zh",
		answer: "我联系了技术部门，把工单按类型拆分，安排三个同事分别处理。",
		expect: [["我联系了技术部门", "action"], ["安排三个同事分别处理", "action"]],
	},
	{
		name: "zh: an outcome with numbers",
		lang: "zh",
		answer: "结果三天后积压清零，客户满意度从80%提升到95%。",
		expect: [["客户满意度从80%提升到95%", "result"]],
	},
	{ name: "zh: what I learned is a result", lang: "zh", answer: "这次经历让我学到了提前做预案的重要性。", expect: [["学到了提前做预案", "result"]] },
	{ name: "zh: a trait fits no part", lang: "zh", answer: "我是一个比较细心的人。", expect: [["我是一个比较细心的人", "unplaced"]] },
	{
		name: "zh: numbered lines are placed one by one",
		lang: "zh",
		answer: "1. 当时客户投诉很多。\n2. 我负责三天内处理完。\n3. 我逐个打电话回访。\n4. 最终投诉少了一半。",
		expect: [["当时客户投诉很多", "situation"], ["我负责三天内处理完", "task"], ["我逐个打电话回访", "action"], ["最终投诉少了一半", "result"]],
	},
	{
		name: "zh: a problem that shrank is the result, without 最终 before it",
		lang: "zh",
		answer: "当时客户投诉很多。我逐个打电话回访。投诉少了一半，故障也降了下来。",
		expect: [["当时客户投诉很多", "situation"], ["我逐个打电话回访", "action"], ["投诉少了一半", "result"]],
	},
	{
		name: "en: complaints that fell are the result, complaints that came the situation",
		lang: "en",
		answer: "Customers complained every day. I called each of them back. Complaints fell by half within a month.",
		expect: [["Customers complained every day", "situation"], ["I called each of them back", "action"], ["Complaints fell by half", "result"]],
	},
	{
		name: "zh: a dissatisfied client and a risk set the scene",
		lang: "zh",
		answer: "客户对交付延期很不满，项目面临违约风险。",
		expect: [["客户对交付延期很不满", "situation"]],
	},
	{ name: "zh: a deadline and a must are the task", lang: "zh", answer: "上线截止日期是月底，必须保证零故障。", expect: [["上线截止日期是月底", "task"]] },
	{
		name: "zh: enumerated steps are actions",
		lang: "zh",
		answer: "第一，我梳理了流程；第二，我培训了新人。",
		expect: [["我梳理了流程", "action"], ["我培训了新人", "action"]],
	},
	{
		name: "zh: list items that tell different parts are split by item",
		lang: "zh",
		answer: "- 那时新系统刚上线，老师都不会用。\n- 我要在开学前教会三十位老师。\n- 我录了操作视频，安排了两场答疑。\n- 最后老师们都能独立操作了。",
		expect: [["老师都不会用", "situation"], ["开学前教会三十位老师", "task"], ["安排了两场答疑", "action"], ["老师们都能独立操作了", "result"]],
	},
	{
		name: "en: onboarding story",
		lang: "en",
		answer: "At my last job, onboarding took two weeks. I was asked to cut it to one week by March. I called every new hire's manager and rewrote the checklist. As a result, onboarding took 5 days.",
		expect: [["onboarding took two weeks", "situation"], ["cut it to one week by March", "task"], ["rewrote the checklist", "action"], ["onboarding took 5 days", "result"]],
	},
	{ name: "en: a lesson learned is a result", lang: "en", answer: "I learned to ask for feedback early.", expect: [["ask for feedback early", "result"]] },
	{
		name: "en: a liking fits no part (the old converter put it under Action)",
		lang: "en",
		answer: "I like working with people. Two teammates disagreed about the database design.",
		expect: [["I like working with people", "unplaced"], ["disagreed about the database design", "situation"]],
	},
	{
		name: "en: a complaint is the situation, a goal the task",
		lang: "en",
		answer: "Our biggest client complained that reports were always late. My goal was to deliver them before the 9 a.m. standup.",
		expect: [["complained that reports were always late", "situation"], ["deliver them before the 9 a.m. standup", "task"]],
	},
	{
		name: "en: what I set up and split is action, a percentage is the result",
		lang: "en",
		answer: "I set up a nightly job and split the report into three parts. Errors dropped by 40% within a month.",
		expect: [["set up a nightly job", "action"], ["dropped by 40%", "result"]],
	},
	{ name: "en: a deadline is the task", lang: "en", answer: "The deadline was Friday.", expect: [["The deadline was Friday", "task"]] },
	{ name: "en: an opinion fits no part", lang: "en", answer: "I think communication matters most.", expect: [["communication matters most", "unplaced"]] },
	{
		name: "en: list items placed one by one",
		lang: "en",
		answer: "- Last year our team missed two releases.\n- I had to get us back on schedule.\n- I scheduled daily check-ins.\n- We shipped the next release on time.",
		expect: [["missed two releases", "situation"], ["back on schedule", "task"], ["scheduled daily check-ins", "action"], ["shipped the next release on time", "result"]],
	},
	{
		name: "en: emailing and arranging are actions",
		lang: "en",
		answer: "I emailed both of them and arranged a meeting.",
		expect: [["arranged a meeting", "action"]],
	},
	{
		name: "en: numbered lines and a semicolon",
		lang: "en",
		answer: "1) The build was broken for a week; nobody owned it.\n2) I reached out to the infra team and fixed the cache.\n3) Eventually builds took 8 minutes instead of 30.",
		expect: [["The build was broken for a week", "situation"], ["fixed the cache", "action"], ["builds took 8 minutes", "result"]],
	},
];

describe("sentence placement by what the sentence says", () => {
	it("has at least 20 answers", () => expect(CASES.length).toBeGreaterThanOrEqual(20));

	it.each(CASES)("$name", ({ answer, lang, expect: wanted }) => {
		const parts = placed(answer, lang);
		for (const [sentence, where] of wanted) {
			expect(parts[where], `${sentence} → ${where}\n${JSON.stringify(parts, null, 1)}`).toContain(sentence);
			for (const other of ["situation", "task", "action", "result", "unplaced"] as const) {
				if (other !== where) expect(parts[other], `${sentence} not in ${other}`).not.toContain(sentence);
			}
		}
	});
});
