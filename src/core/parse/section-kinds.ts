// Kinds of sections whose asking lines are no interview questions, and headings that are no
// prompts: notes to self, advice on how to answer, drafted replies and letters, parts of a story.

/** Parts of a note the person writes to themself (plans, to-dos): their questions are not interview questions. */
export const NOTES_TO_SELF = /计划|待办|待完成|安排|备忘|自问|\b(?:to-?dos?|next steps|action items|plans?|planning|notes? to (?:my)?self|reminders?)\b/i;
/** Sections on how to answer: their imperative lines ("Describe the situation briefly") coach. */
export const ADVICE_HEADING = /技巧|建议|方法|注意事项|答题思路|回答思路|套路|原则|\b(?:how to (?:answer|use|structure|respond|approach|prepare)|tips?|advice|guidelines?|framework|explained|do'?s and don'?ts|best practices)\b/i;
/** Headings over a drafted reply, e-mail or script to someone else. */
export const LETTER_HEADING = /回复|草稿|邮件|话术|\b(?:drafts?|repl(?:y|ies)|e-?mails?|letters?|messages?)\b/i;
/** The salutation a letter opens with ("Hi Dana,", "您好，"). */
export const GREETING = /^\s*(?:(?:hi|hello|dear|hey)\b[^.!?。]{0,40}[,，]\s*$|(?:您好|你好|尊敬的)[^。？?]{0,20}[,，：:]?\s*$)/i;
/** Parts of a story write-up (an interview's rounds, how it went): narration, not a prepared answer. */
export const STORY_PART = /^(?:(?:面试)?(?:经过|过程|流程)|起因|后记|感想|心得|结语|尾声|时间线|[一二三四五六七八九]面|终面|hr ?面|笔试|(?:first|second|third|final|onsite|phone) (?:round|screen|interview)|round \d+|timeline|aftermath|how it went)$/i;
/** A document's own parts (its glossary, contributors, licence): never a prompt, whatever is under them. */
export const DOCUMENT_PART =
	/^(?:glossary|contributors?|contributing|acknowledge?ments?|credits|licen[cs]e|change ?log|appendix|preface|foreword|贡献者|参与贡献|如何参与贡献|致谢|鸣谢|许可协议|开源协议|更新日志|附录|术语表|前言|引言|序言|写在前面|导读|导语)$/i;
/** A notes title at a note's top ("Behavioural Interview Notes", 面试笔记): the document's, not a prompt. */
export const NOTES_TITLE = /\b(?:notes|cheat ?sheet|handbook|guide)\b|笔记|指南|攻略|汇总|合集|整理/i;
/** Banks of sentences and phrases to reuse (an English interview's 核心句型, useful phrases): material, not an answer. */
export const PHRASE_BANK = /句型|例句|(?:常用|实用|高频|万能|地道)(?:表达|短语|词汇)|词汇|\b(?:(?:useful|key|common) (?:phrases|expressions|sentences)|phrases|vocabulary|sentence (?:patterns|templates))\b/i;
/** An imperative line without a question mark: in a section of advice, how to answer. */
export const COACHING_LINE = /^(?!.*[?？]\s*$)(?:(?:describe|explain|talk|tell|give|share|walk|name|discuss|compare|mention|show|highlight|focus)\b|(?:请|简单|简要)?(?:讲|说|谈|描述|介绍|解释|阐述|举例|分享|强调|突出))/i;
/** A heading that names the one question below it (a template's `## Question`, 面试题), answered under the next. */
export const QUESTION_HEADING = /^(?:(?:interview )?questions?|问题|题目|面试题)$/i;
