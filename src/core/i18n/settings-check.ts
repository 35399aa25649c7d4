// Strings of the settings tab's checks (folders, emptied lists, hubs, the interview date) and of the
// excluded-folders setting, zh and en; spread into the settings string table.

export const CHECK_ZH = {
	"settings.excludedFolders.name": "排除的文件夹",
	"settings.excludedFolders.desc": "这些文件夹里的笔记永远不算准备笔记，即使链接到中心笔记（用逗号分隔）。模拟面试记录、模板文件夹，以及 front matter 写着 interview-prep: exclude 的笔记本来就不算。",
	"settings.folder.outside": "「{folder}」在库外面，没有保存：请填写库里的文件夹。",
	"settings.mockFolder.empty": "记录文件夹不能为空，没有保存：模拟面试记录需要一个自己的文件夹。",
	"settings.labels.empty": "至少要有一个词，没有保存：没有词，插件就认不出这一部分。",
	"settings.hubs.missing": "没有叫「{hub}」的笔记，也没有笔记链接到它。名字最接近的笔记：{names}",
	"settings.hubs.missingNoNames": "没有叫「{hub}」的笔记，也没有笔记链接到它。",
	"settings.interviewDate.past": "{date} 已经过去了，没有保存：请选今天或以后的日期，或者清空。",
	"settings.interviewDate.passed": "面试日期 {date} 已经过去了，所以没有倒计时：请选新的日期，或者清空。",
};

export const CHECK_EN: Record<keyof typeof CHECK_ZH, string> = {
	"settings.excludedFolders.name": "Excluded folders",
	"settings.excludedFolders.desc": "Notes in these folders are never prep notes, even when they link a hub (separated by commas). Mock interview logs, template folders and notes whose front matter says interview-prep: exclude never are anyway.",
	"settings.folder.outside": "\"{folder}\" is outside the vault and was not saved: give a folder inside the vault.",
	"settings.mockFolder.empty": "The log folder can't be empty and was not saved: mock interview logs need a folder of their own.",
	"settings.labels.empty": "Give at least one word; nothing was saved: with no words this part would never be recognised.",
	"settings.hubs.missing": "No note is named \"{hub}\" and no note links to it. Closest note names: {names}",
	"settings.hubs.missingNoNames": "No note is named \"{hub}\" and no note links to it.",
	"settings.interviewDate.past": "{date} has passed and was not saved: pick today or a later date, or clear the field.",
	"settings.interviewDate.passed": "The interview date {date} has passed, so there is no countdown: pick a new date or clear the field.",
};
