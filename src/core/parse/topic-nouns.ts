// Form 4: a heading that names a standard interview topic (自我介绍, 职业规划, 期望薪资, Salary expectations)
// is a prompt to prepare, whatever is under it: the person's text, advice, or nothing yet. A short,
// general list of the topics every interview asks about, not the words of any one note.
const ZH_TOPIC =
	/^(?:(?:中文|英文|英语)?自我介绍|个人介绍|开场白|职业(?:发展)?规划|(?:个人)?(?:职业)?(?:目标|规划)|期望(?:薪资|薪酬|待遇|工资)|薪资(?:期望|要求)|离职(?:原因|理由)|跳槽(?:原因|理由|的看法)|为什么(?:离职|跳槽)|家庭(?:情况|背景)?|兴趣爱好|爱好|(?:个人)?优缺点|(?:个人)?优点|(?:个人)?缺点|(?:个人)?优势|(?:个人)?劣势|抗压能力|团队合作|加班(?:的看法)?|反问(?:环节)?|向面试官提问)$/;
const EN_TOPIC =
	/^(?:self[- ]introduction|introduce yourself|introduction|elevator pitch|career (?:goals?|plans?|path)|salary (?:expectations?|requirements?)|expected salary|strengths?(?: and weaknesses)?|weaknesses?|reasons? for leaving|why (?:are you )?leaving|hobbies|family background|questions for (?:the )?interviewer|questions to ask)$/i;

/** The heading's words name a standard interview topic (a gloss in brackets and a final stop aside). */
export function isInterviewTopic(clean: string): boolean {
	const t = clean.replace(/\s*[（(][^（()）]*[)）]\s*$/, "").replace(/[。.]$/, "").trim();
	if (!t || t.length > 30) return false;
	return ZH_TOPIC.test(t) || EN_TOPIC.test(t);
}
