// Text of the remembered mock log folders in the settings (kept out of the prep set), Chinese and English;
// spread into the one table in index.ts.

const en = {
	"mockLogFolders.heading": "Folders that held mock interview logs",
	"mockLogFolders.desc": "Notes here stay out of the prep set. Remove the folder to count them again.",
};

const zh: Record<keyof typeof en, string> = {
	"mockLogFolders.heading": "存放过模拟面试记录的文件夹",
	"mockLogFolders.desc": "这里的笔记不计入备考范围。移除这个文件夹，它们就会重新计入。",
};

export const MOCK_LOG_FOLDER_STRINGS = { zh, en };
