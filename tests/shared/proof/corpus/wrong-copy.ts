/**
 * Wrong copy: paragraphs in news style with the errors proofreaders catch, each error annotated as
 * [code, the text the finding must cover]. Paragraphs of one entry form one story (so per-story consistency
 * rules apply). Checked with the house style {other: '其他', arabicCounts: true}.
 */
import type { FindingCode } from '../../../../shared/proof';

export interface WrongCopy {
  paragraphs: string[];
  errors: [FindingCode, string][];
}

export const WRONG_COPY: WrongCopy[] = [
  { paragraphs: ['全厂职工一股作气，提前完成了全年任务，场面十分震憾。'], errors: [['misspelled-word', '一股作气'], ['misspelled-word', '震憾']] },
  { paragraphs: ['年初企业几乎走头无路，厂长亲自坐阵指挥，重新布署生产。'], errors: [['misspelled-word', '走头无路'], ['misspelled-word', '坐阵'], ['misspelled-word', '布署']] },
  { paragraphs: ['车间里人才倍出，那段经历大家记忆尤新。'], errors: [['misspelled-word', '人才倍出'], ['misspelled-word', '记忆尤新']] },
  { paragraphs: ['他迫不急待地走进车间，再接再励，按步就班地推进工作。'], errors: [['misspelled-word', '迫不急待'], ['misspelled-word', '再接再励'], ['misspelled-word', '按步就班']] },
  { paragraphs: ['消息不径而走，前来参观的人穿流不息，大家谈笑风声。'], errors: [['misspelled-word', '不径而走'], ['misspelled-word', '穿流不息'], ['misspelled-word', '谈笑风声']] },
  { paragraphs: ['有的干部默守成规，遇到难题一愁莫展，问题已经迫在眉捷。'], errors: [['misspelled-word', '默守成规'], ['misspelled-word', '一愁莫展'], ['misspelled-word', '迫在眉捷']] },
  { paragraphs: ['他们一如继往地关心职工，把好事办得恰如其份。'], errors: [['misspelled-word', '一如继往'], ['misspelled-word', '恰如其份']] },
  { paragraphs: ['这篇评论针贬时弊，直接了当，发人深醒。'], errors: [['misspelled-word', '针贬时弊'], ['misspelled-word', '直接了当'], ['misspelled-word', '发人深醒']] },
  { paragraphs: ['新厂房装璜一新，座落在河边，显得金壁辉煌。'], errors: [['misspelled-word', '装璜'], ['misspelled-word', '座落'], ['misspelled-word', '金壁辉煌']] },
  { paragraphs: ['他的事绩在厂里家喻户晓，大家都很欣尝他的工作作风。'], errors: [['misspelled-word', '事绩'], ['misspelled-word', '欣尝']] },
  { paragraphs: ['这次通货膨涨的影响不容忽视，部份企业资金链紧张。'], errors: [['misspelled-word', '膨涨'], ['misspelled-word', '部份']] },
  { paragraphs: ['厂里按装了新设备，按排专人值守，防止出现意外情况时侯无人处理。'], errors: [['misspelled-word', '按装'], ['misspelled-word', '按排'], ['misspelled-word', '时侯']] },
  { paragraphs: ['竟争十分激烈，他竞然获得第一名，大家都为他感到高兴，场面令人感概。'], errors: [['misspelled-word', '竟争'], ['misspelled-word', '竞然'], ['misspelled-word', '感概']] },
  { paragraphs: ['有关部门对此进行了暴光，当事人再所难免要受到处份。'], errors: [['misspelled-word', '暴光'], ['misspelled-word', '再所难免'], ['misspelled-word', '处份']] },
  { paragraphs: ['他们不屈不饶，不骄不燥，终于取得了成功，真是功亏一匮的反面。'], errors: [['misspelled-word', '不屈不饶'], ['misspelled-word', '不骄不燥'], ['misspelled-word', '功亏一匮']] },
  { paragraphs: ['节日里，厂区张灯结采，职工们兴高彩烈，精神涣发。'], errors: [['misspelled-word', '张灯结采'], ['misspelled-word', '兴高彩烈'], ['misspelled-word', '精神涣发']] },
  { paragraphs: ['截止目前，已有300人报名。报名将于本月底截至。'], errors: [['word-in-context', '截止'], ['word-in-context', '截至']] },
  { paragraphs: ['截止11月4日，共收到来稿50篇；截至到昨天，又收到10篇。'], errors: [['word-in-context', '截止'], ['word-in-context', '截至到']] },
  { paragraphs: ['公司做出决定，他为此做出了重大贡献，大家做出了积极的努力。'], errors: [['word-in-context', '做出'], ['word-in-context', '做出'], ['word-in-context', '做出']] },
  { paragraphs: ['食堂师傅作出一桌饭菜，其它单位的同事也来品尝。'], errors: [['word-in-context', '作出'], ['word-in-context', '其它']] },
  { paragraphs: ['他慢慢的走了过来，渐渐的消失在人群中。'], errors: [['de-di-de', '的'], ['de-di-de', '的']] },
  { paragraphs: ['孩子们跑的很快。大家笑地非常开心。'], errors: [['de-di-de', '的'], ['de-di-de', '地']] },
  { paragraphs: ['二00八年，公司投产新线；一九九O年，老厂关停。'], errors: [['year-zero-form', '二00八'], ['year-zero-form', '一九九O']] },
  { paragraphs: ['检修需要3-5天，气温在10~15℃之间，涨幅约2－3%。'], errors: [['range-form', '-'], ['range-form', '~'], ['range-form', '－']] },
  { paragraphs: ['现场来了2千余人，涉及1万2千户家庭。'], errors: [['mixed-numeral', '2千'], ['mixed-numeral', '1万2千']] },
  { paragraphs: ['他心里7上8下，做事却从不3心2意。'], errors: [['idiom-numeral', '7上8下'], ['idiom-numeral', '3心2意']] },
  { paragraphs: ['1方面要抓生产，另1方面要抓安全，会议定在星期3召开。'], errors: [['idiom-numeral', '1方面'], ['idiom-numeral', '1方面'], ['idiom-numeral', '星期3']] },
  { paragraphs: ['共有三十五人参加比赛，年龄最大的四十五岁。'], errors: [['count-numeral', '三十五'], ['count-numeral', '四十五']] },
  { paragraphs: ['产量增长5%，利润增长12%。', '成本下降百分之三。'], errors: [['mixed-percent-form', '百分之三']] },
  { paragraphs: ['2014年11月4日，公司召开大会。', '2014年11月5日，大会闭幕。', '二〇一四年十一月六日，代表返程。'], errors: [['mixed-date-form', '二〇一四年十一月六日']] },
  { paragraphs: ['厂长说：“我们一定要把安全工作做好”。'], errors: [['quote-terminal', '”。']] },
  { paragraphs: ['我们要大力弘扬“工匠精神。”'], errors: [['quote-terminal', '。”']] },
  { paragraphs: ['他说：“大家要发扬“钉钉子”精神。”'], errors: [['nested-quote', '“'], ['nested-quote', '”']] },
  { paragraphs: ['他写了《评《红楼梦》的人物》一文。'], errors: [['nested-title', '《'], ['nested-title', '》']] },
  { paragraphs: ['会上展示了钢材、煤炭、焦炭……等产品。'], errors: [['etc-after-ellipsis', '等']] },
  { paragraphs: ['这些产品包括线材、板材……等等。'], errors: [['etc-after-ellipsis', '等等']] },
  { paragraphs: ['他大声说：“出发。”。大家都笑了！？'], errors: [['doubled-punct', '。'], ['doubled-punct', '！？']] },
  { paragraphs: ['南韩代表与北韩代表会面。'], errors: [['term', '南韩'], ['term', '北韩']] },
  { paragraphs: ['台湾总统发表讲话，台湾政府随即回应。'], errors: [['term', '台湾总统'], ['term', '台湾政府']] },
  { paragraphs: ['中国和台湾的企业家，大陆与香港的学者，共同出席论坛。'], errors: [['term', '中国'], ['term', '大陆']] },
  { paragraphs: ['一个瞎子和一个聋子在路边卖艺。'], errors: [['term', '瞎子'], ['term', '聋子']] },
  { paragraphs: ['这家企业曾被誉为亚洲四小龙的代表。'], errors: [['banned-word', '亚洲四小龙']] },
  { paragraphs: ['有关部门要严励打击违法行为，不能有持无恐。'], errors: [['misspelled-word', '严励'], ['misspelled-word', '有持无恐']] },
  { paragraphs: ['会议在一片详和的气氛中召开，气侯宜人。'], errors: [['misspelled-word', '详和'], ['misspelled-word', '气侯']] },
  { paragraphs: ['他的辨护律师当庭进行了答辨，双方唇枪舌箭。'], errors: [['misspelled-word', '辨护'], ['misspelled-word', '答辨'], ['misspelled-word', '唇枪舌箭']] },
  { paragraphs: ['工作中出现的问题不能等闲视之，必须彻底根治，不能敷衍了事，更不能掉以轻心，否则后果不堪设想，甚致会酿成大祸。'], errors: [['misspelled-word', '甚致']] },
  { paragraphs: ['这个项目的意义不言而谕，必将对企业发展大有稗益。'], errors: [['misspelled-word', '不言而谕'], ['misspelled-word', '稗益']] },
];
