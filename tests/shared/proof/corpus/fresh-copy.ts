/**
 * A second, independently phrased corpus for the "done means" check of issue #13: news sentences written from
 * the published lists of common errors (《咬文嚼字》 annual lists, 新华社 禁用词, GB/T 15834/15835 examples) WITHOUT
 * looking at Folio's dictionaries or rules, then annotated: each error is the wrong text as a proofreader would
 * circle it. A finding counts when it covers that text (its text contains it, or lies inside it); the code is
 * not required to match, since a second author cannot know which rule a check files an error under.
 * FRESH_CORRECT holds sentences with the right member of each confusion, done the same way: they must stay clean.
 * Do not edit these sentences to make a check pass; fix the check or its dictionary, or accept the miss.
 */
export interface FreshCopy {
  /** Paragraphs of one story (consistency rules span a story). */
  paragraphs: string[];
  /** The wrong text of each error, as circled. */
  errors: string[];
}

export const FRESH_WRONG: FreshCopy[] = [
  // 错别字 and misused idioms
  { paragraphs: ['两国领导人见面后简短寒喧，随即进入正式会谈。'], errors: ['寒喧'] },
  { paragraphs: ['受访专家认为，监管一旦松驰，类似事故还会发生。'], errors: ['松驰'] },
  { paragraphs: ['对主动说明问题的干部，组织上可以既往不究。'], errors: ['既往不究'] },
  { paragraphs: ['这支球队出奇不意地打进一球，客队只好甘败下风。'], errors: ['出奇不意', '甘败下风'] },
  { paragraphs: ['几名男子在仓库附近鬼鬼崇崇，被巡逻民警当场查获。'], errors: ['鬼鬼崇崇'] },
  { paragraphs: ['不法商贩变本加利哄抬物价，市场监管部门已立案调查。'], errors: ['变本加利'] },
  { paragraphs: ['新落成的剧院内部装饰美仑美奂，吸引不少市民打卡。'], errors: ['美仑美奂'] },
  { paragraphs: ['上世纪六十年代，村里不少人家食不裹腹。'], errors: ['食不裹腹'] },
  { paragraphs: ['这首民歌烩炙人口，在当地传唱了几十年。'], errors: ['烩炙人口'] },
  { paragraphs: ['老站长沤心沥血三十年，一诺千斤，从未失信于人。'], errors: ['沤心沥血', '一诺千斤'] },
  { paragraphs: ['警方顺着蛛丝蚂迹追查，最终锁定了犯罪嫌疑人。'], errors: ['蛛丝蚂迹'] },
  { paragraphs: ['他在网上发布的视频走红后声名雀起。'], errors: ['声名雀起'] },
  { paragraphs: ['这名年轻干部好高鹜远，工作中常常滥芋充数。'], errors: ['好高鹜远', '滥芋充数'] },
  { paragraphs: ['纪委严肃查处循私舞弊行为，绝不姑息。'], errors: ['循私舞弊'] },
  { paragraphs: ['高考放榜，该校多名学生金榜提名，总成绩名列前矛。'], errors: ['金榜提名', '名列前矛'] },
  { paragraphs: ['景区入口处有工作人员查验入场卷，游客需提前预约。'], errors: ['入场卷'] },
  { paragraphs: ['社区为独居的老俩口送去了米面油。'], errors: ['老俩口'] },
  { paragraphs: ['文物部门拨款修茸古戏台，并组织专家编篡村志。'], errors: ['修茸', '编篡'] },
  { paragraphs: ['核电站周边的幅射监测数据全部正常。'], errors: ['幅射'] },
  { paragraphs: ['小区门口停满车辆，严重防碍消防通道。'], errors: ['防碍'] },
  { paragraphs: ['他写的报告言简意骇，领导看后当即批示。'], errors: ['言简意骇'] },
  { paragraphs: ['面对歹徒，他仗义直言，毫不提心掉胆。'], errors: ['仗义直言', '提心掉胆'] },
  { paragraphs: ['艰苦的环境锤炼了他们坚苦卓绝的意志。'], errors: ['坚苦卓绝'] },
  { paragraphs: ['暑期到海边渡假的游客明显增多，谨防落入低价旅游陷井。'], errors: ['渡假', '陷井'] },
  // context: 截止/截至, 做出/作出, 的/地/得, 其他/其它
  { paragraphs: ['省政府做出重要部署，要求各地抓紧落实。'], errors: ['做出'] },
  { paragraphs: ['各项工作正在紧张有序的推进，大家干的热火朝天。'], errors: ['的', '的'] },
  { paragraphs: ['志愿者认真的听取居民意见，把问题解决的很彻底。'], errors: ['的', '的'] },
  { paragraphs: ['除主会场外，其它分会场也同步开展活动。'], errors: ['其它'] },
  // numbers (GB/T 15835)
  { paragraphs: ['二0二三年，该县粮食总产量再创新高。'], errors: ['二0二三'] },
  { paragraphs: ['预计降雨将持续4-6天，部分地区累计雨量可达100～150毫米。'], errors: ['-'] },
  { paragraphs: ['活动当天共吸引5千多名市民参与。'], errors: ['5千'] },
  { paragraphs: ['共有三十五名志愿者参加了当天的清扫活动。'], errors: ['三十五名'] },
  { paragraphs: ['这一举措可谓1举两得，受到群众欢迎。'], errors: ['1举两得'] },
  { paragraphs: ['一季度销售额同比增长百分之十二。', '二季度增速回落至8.5%。'], errors: ['百分之十二'] },
  { paragraphs: ['展览于3月5日开幕。', '闭幕式定于三月二十日举行。'], errors: ['三月二十日'] },
  // punctuation (GB/T 15834)
  { paragraphs: ['他对记者说：“我们一定按期完成任务”。'], errors: ['”。'] },
  { paragraphs: ['老街区如今被市民称为“城市客厅。”'], errors: ['。”'] },
  { paragraphs: ['她回忆道：“父亲常说“做人要实在”，我一直记着。”'], errors: ['“做人要实在”'] },
  { paragraphs: ['会议传达了《关于印发《乡村振兴实施方案》的通知》。'], errors: ['《乡村振兴实施方案》'] },
  { paragraphs: ['市场上蔬菜、水果、肉类……等商品供应充足。'], errors: ['……等'] },
  { paragraphs: ['真没想到会是这样！。'], errors: ['！。'] },
  // wording news organisations forbid
  { paragraphs: ['南韩方面表示，将派代表团出席论坛。'], errors: ['南韩'] },
  { paragraphs: ['社区为一名瞎子老人安装了语音门铃。'], errors: ['瞎子'] },
  { paragraphs: ['记者走访了一所专门招收弱智儿童的学校。'], errors: ['弱智'] },
  { paragraphs: ['来自大陆和香港的青年学生参加了交流营。'], errors: ['大陆和香港'] },
];

export const FRESH_CORRECT: string[] = [
  '两国领导人见面后简短寒暄，随即进入正式会谈。',
  '受访专家认为，监管一旦松弛，类似事故还会发生。',
  '这支球队出其不意地打进一球，客队只好甘拜下风。',
  '新落成的剧院内部装饰美轮美奂，吸引不少市民前来参观。',
  '截至今年6月底，全市累计发放补贴1.2亿元。报名工作将于15日截止。',
  '省政府作出重要部署，要求各地抓紧落实。工人们做出了一批新产品。',
  '各项工作正在紧张有序地推进，大家干得热火朝天。',
  '除主会场外，其他分会场也同步开展活动。',
  '二〇二三年，该县粮食总产量再创新高。',
  '预计降雨将持续4～6天，共有35名志愿者参加清扫。',
  '他对记者说：“我们一定按期完成任务。”老街区如今被市民称为“城市客厅”。',
  '她回忆道：“父亲常说‘做人要实在’，我一直记着。”',
  '会议传达了《关于印发〈乡村振兴实施方案〉的通知》。',
  '市场上蔬菜、水果、肉类等商品供应充足。',
  '韩国方面表示，将派代表团出席论坛。社区为一名盲人老人安装了语音门铃。',
  '来自内地和香港的青年学生参加了交流营，大家七嘴八舌地讨论起来。',
  '暑期到海边度假的游客明显增多，谨防落入低价旅游陷阱。',
  '警方顺着蛛丝马迹追查，最终锁定了犯罪嫌疑人。',
  // First written as an error; 截止到 + a time is the accepted form (《现代汉语词典》), so it is correct copy.
  '截止到今年6月底，全市累计发放补贴1.2亿元。',
  '问题解决得很彻底，大家干得热火朝天，志愿者们积极地推进了这项工作。',
  '他们的热火朝天感染了在场的每一个人，这是对群众呼声积极的回应。',
  '妈妈做的很好吃，孩子们都说她讲的故事很有意思。',
];
