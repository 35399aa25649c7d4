// Text of the STAR check panel (quiz and mock) and of the story bank, Chinese and English; spread into
// the one table in index.ts.
export const STAR_PANEL_STRINGS = {
	zh: {
		"star.panel.nothingWritten": "这个回答还没有写内容，没有可检查的。",
		"star.panel.partPresent": "{part}：有",
		"star.panel.partMissing": "{part}：缺",
		"star.panel.inferred": "没有 STAR 标签，按线索词判断。",
		"star.panel.pronounsZh": "“我” {i} 次 · “我们” {we} 次",
		"star.panel.pronounsEn": "“I” {i} 次 · “we” {we} 次",
		"star.panel.timeZh": "说完约需 {time}（按每分钟 {rate} 字）",
		"star.panel.timeEn": "说完约需 {time}（按每分钟 {rate} 词）",
	},
	en: {
		"star.panel.nothingWritten": "Nothing is written in this answer yet: nothing to check.",
		"star.panel.partPresent": "{part}: present",
		"star.panel.partMissing": "{part}: missing",
		"star.panel.inferred": "No STAR labels: judged by cue words.",
		"star.panel.pronounsZh": "“我” {i} · “我们” {we}",
		"star.panel.pronounsEn": "“I” {i} · “we” {we}",
		"star.panel.timeZh": "About {time} to say at {rate} characters a minute",
		"star.panel.timeEn": "About {time} to say at {rate} words a minute",
	},
} as const;
