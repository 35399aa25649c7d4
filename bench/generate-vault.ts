// Seeded, reproducible synthetic vault: prep notes in the seeds' shapes (Chinese and English)
// linking to hubs, plus ordinary notes. Same seed → same bytes, so runs compare.
import { seededRandom } from "../src/core/seeded-random";

export interface SyntheticVaultOptions {
	notes: number;
	prepNotes: number;
	hubs: string[];
	/** Average prep-note size in bytes (UTF-8). */
	avgBytes: number;
	seed: number;
}

export const DEFAULT_VAULT: SyntheticVaultOptions = {
	notes: 5000,
	prepNotes: 500,
	hubs: ["面试-面试官角度准备", "Interview hub"],
	avgBytes: 10 * 1024,
	seed: 42,
};

const ZH_Q = [
	"如何处理客户投诉？", "如何应对客户的不合理需求？", "你遇到过什么挑战？是怎么解决的？", "你的优势和劣势是什么？",
	"你未来的职业规划是什么？", "你如何同时处理多个客户的需求？", "你如何挖掘客户的潜在需求？", "为什么选择这个岗位？",
	"你在项目管理中遇到过哪些挑战？", "如何确保团队成员之间的有效沟通？", "你如何应对工作中的挫折？", "离职的原因",
];
const EN_Q = [
	"Tell me about a time you disagreed with your manager.", "Describe a project you are proud of.",
	"How do you prioritise competing deadlines?", "Why do you want to work here?",
	"Walk me through a failure and what you learned.", "How do you handle a difficult customer?",
];
const ZH_SENT = [
	"在陕西开放大学项目中，我们需要给三十多个老师做培训。", "当时系统刚上线，部分老师反映数据统计功能不符合需求。",
	"我负责整理需求文档并协调技术团队。", "首先我把操作手册写得尽量简单，做成图文版。", "然后把培训拆成小部分，先讲最核心的功能。",
	"最终培训效果比预期好，客户满意度提升了 20%。", "这件事让我明白，沟通的关键是快速响应和真诚。",
	"我会先耐心倾听客户的反馈，了解他们的不满点。", "对于技术类问题，我会利用之前项目中积累的经验。",
];
const EN_SENT = [
	"At my last company we were migrating a billing system under a tight deadline.",
	"I was responsible for the data migration plan and the rollback strategy.",
	"First I split the work into small batches and set up daily check-ins.",
	"Then I wrote scripts that verified each batch against the old system.",
	"As a result we finished two days early with zero data loss.",
	"The lesson was to make progress visible so problems surface early.",
];
const PLAIN = [
	"今天读了一本关于系统设计的书，记录几个要点。", "Meeting notes: discussed the roadmap and the hiring plan.",
	"购物清单：牛奶、鸡蛋、面包。", "A loose thought about gardening and the weather this week.",
];

function pick<T>(r: () => number, xs: readonly T[]): T {
	return xs[Math.floor(r() * xs.length)];
}

// Real vaults hold mostly distinct questions (a few asked twice): compose them from parts.
const ZH_FRAME = ["如何{v}{o}？", "你是怎么{v}{o}的？", "讲一次你{v}{o}的经历", "在{c}中，你如何{v}{o}？", "为什么要{v}{o}？"];
const ZH_V = ["处理", "推动", "评估", "优化", "协调", "复盘", "说服", "拆解", "排期", "交付", "沟通", "衡量"];
const ZH_O = ["客户投诉", "跨部门冲突", "需求变更", "项目延期", "数据迁移", "培训方案", "产品反馈", "团队分歧", "上线风险", "续费下滑", "系统故障", "预算压力", "新人培养", "流程改进"];
const ZH_C = ["智慧校园项目", "客户成功工作", "实施阶段", "售后支持", "产品迭代", "年度复盘"];
const EN_FRAME = ["Tell me about a time you had to {v} {o}.", "How do you {v} {o}?", "Describe how you would {v} {o} in {c}.", "Why is it hard to {v} {o}?"];
const EN_V = ["handle", "prioritise", "negotiate", "estimate", "escalate", "measure", "simplify", "recover from", "plan", "review"];
const EN_O = ["a customer complaint", "a missed deadline", "conflicting requirements", "a production outage", "scope creep", "a difficult stakeholder", "technical debt", "a failed launch", "an unclear goal", "a team disagreement"];
const EN_C = ["a startup", "a large team", "a remote team", "your last project", "a regulated industry"];

function composeQuestion(r: () => number, zh: boolean): string {
	// One in five repeats a stock question, so variants and merges are exercised too.
	if (r() < 0.2) return zh ? pick(r, ZH_Q) : pick(r, EN_Q);
	const frame = zh ? pick(r, ZH_FRAME) : pick(r, EN_FRAME);
	return frame
		.replace("{v}", zh ? pick(r, ZH_V) : pick(r, EN_V))
		.replace("{o}", zh ? pick(r, ZH_O) : pick(r, EN_O))
		.replace("{c}", zh ? pick(r, ZH_C) : pick(r, EN_C));
}

function paragraph(r: () => number, zh: boolean, n: number): string {
	const src = zh ? ZH_SENT : EN_SENT;
	const out: string[] = [];
	for (let i = 0; i < n; i++) out.push(pick(r, src));
	return out.join(zh ? "" : " ");
}

/** One prep note in a mix of the seeds' shapes, grown until it reaches about `bytes`. */
function prepNote(r: () => number, i: number, hub: string, bytes: number): string {
	const zh = r() < 0.7;
	const lines: string[] = [`[[角度]]；`, `[[${hub}]]；`, "", "---", ""];
	let n = 0;
	const enc = new TextEncoder();
	let size = 0;
	while (size < bytes) {
		n++;
		const shape = Math.floor(r() * 4);
		const q = composeQuestion(r, zh);
		const block: string[] = [];
		if (n % 6 === 1) block.push(zh ? `### **${"一二三四五六七八九十"[n % 10]}、主题 ${i}-${n}**` : `### Topic ${i}-${n}`, "");
		if (shape === 0) {
			block.push(`#### **${n}. ${q}**`, "", zh ? "**思路**：" : "**Approach**:", "", `- ${paragraph(r, zh, 1)}`, `- ${paragraph(r, zh, 1)}`, "");
			block.push(zh ? "**示范回答**：" : "**Sample answer**:", "", `> ${paragraph(r, zh, 3)}`, "> ", `> ${paragraph(r, zh, 2)}`, "");
		} else if (shape === 1) {
			block.push(`**问题${n}：${q}**  `, zh ? "**回答思路**：  " : "**Answer**:  ", `“${paragraph(r, zh, 4)}”`, "", "---", "");
		} else if (shape === 2) {
			block.push(zh ? "**适用问题**：" : "**Likely questions**:", "");
			for (let k = 0; k < 3; k++) block.push(`- ${composeQuestion(r, zh)}`, "    ");
			block.push("");
		} else {
			block.push(`## ${q}`, "", paragraph(r, zh, 3), "", "```js", "const notAQuestion = '## 不是问题？';", "```", "");
		}
		const text = block.join("\n") + "\n";
		size += enc.encode(text).length;
		lines.push(text);
	}
	return lines.join("\n");
}

function plainNote(r: () => number, i: number, bytes: number): string {
	const lines = [`# Note ${i}`, ""];
	let size = 0;
	while (size < bytes) {
		const s = pick(r, PLAIN);
		lines.push(s, "");
		size += s.length * 2;
		if (r() < 0.05) lines.push(`See [[Note ${Math.floor(r() * 1000)}]].`, "");
	}
	return lines.join("\n");
}

/** The vault as path → text. Hubs are included as notes. */
export function generateVault(opts: SyntheticVaultOptions = DEFAULT_VAULT): Map<string, string> {
	const r = seededRandom(opts.seed);
	const files = new Map<string, string>();
	for (const hub of opts.hubs) {
		files.set(`hubs/${hub}.md`, `# ${hub}\n\n### 1. 如何处理客户投诉？\n\n**思考过程**：保持冷静。\n`);
	}
	for (let i = 0; i < opts.notes - opts.hubs.length; i++) {
		if (i < opts.prepNotes) {
			// Sizes vary around the mean (0.3× to 1.7×), as real notes do.
			const bytes = Math.round(opts.avgBytes * (0.3 + r() * 1.4));
			files.set(`prep/${Math.floor(i / 50)}/prep-${i}.md`, prepNote(r, i, opts.hubs[i % opts.hubs.length], bytes));
		} else {
			files.set(`notes/${Math.floor(i / 100)}/note-${i}.md`, plainNote(r, i, 1500 + Math.floor(r() * 3000)));
		}
	}
	return files;
}
