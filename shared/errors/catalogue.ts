/**
 * Every error Folio shows a person, as a code with named parameters, and its words in zh-CN and English.
 * The store, the services, shared/ rules and the newsroom server throw codes; the UI (i18next) and the CLI
 * translate them, so an English desk never shows Chinese errors and a Chinese desk never shows English ones.
 * Templates use i18next's `{{name}}` interpolation only. A parameter may itself be a coded message (a role, a
 * story state, a nested reason) or a list of them, translated first (./translate.ts).
 * Codes use no dots: i18next reads dots as nested keys.
 */

interface Entry {
  readonly params: readonly string[];
  readonly zh: string;
  readonly en: string;
}

/** Words used inside messages: one code per value of a model enum (tests/shared/errors walks the enums). */
const WORDS = {
  'list-separator': { params: [], zh: '、', en: ', ' },
  'list-or': { params: [], zh: '或', en: ' or ' },
  'role-editor': { params: [], zh: '编辑', en: 'editor' },
  'role-proofreader': { params: [], zh: '校对', en: 'proofreader' },
  'role-layout': { params: [], zh: '版式', en: 'layout' },
  'role-chief': { params: [], zh: '值班总编', en: 'chief editor on duty' },
  'role-admin': { params: [], zh: '系统管理员', en: 'administrator' },
  'status-draft': { params: [], zh: '草稿', en: 'draft' },
  'status-to-edit': { params: [], zh: '待编', en: 'to edit' },
  'status-edited': { params: [], zh: '已编', en: 'edited' },
  'status-to-proof': { params: [], zh: '待校', en: 'to proof' },
  'status-proofed': { params: [], zh: '已校', en: 'proofed' },
  'status-approved': { params: [], zh: '签发', en: 'approved' },
  'round-first': { params: [], zh: '一校', en: 'first proof' },
  'round-second': { params: [], zh: '二校', en: 'second proof' },
  'round-third': { params: [], zh: '三校', en: 'third proof' },
  'round-read-through': { params: [], zh: '通读', en: 'read-through' },
  'act-mark': { params: [], zh: '添加校对符号', en: 'add proof marks' },
  'act-decide': { params: [], zh: '采纳或退回校对意见', en: 'accept or reject proof marks' },
  'act-sign-round': { params: [], zh: '校次签字', en: 'sign a proof round' },
  'act-sign-page': { params: [], zh: '责任编辑签字', en: "sign as the page's editor" },
  'act-change-modules': { params: [], zh: '移动或改动版面上的稿件块', en: 'move or change modules on the page' },
  'act-approve': { params: [], zh: '签发', en: 'approve the page' },
  'act-withdraw': { params: [], zh: '撤销签发', en: 'withdraw an approval' },
  'act-edit-terms': { params: [], zh: '修改词表', en: 'edit the term list' },
  'act-edit-policy': { params: [], zh: '修改校对制度设置', en: 'change the proofing policy' },
  'furniture-masthead': { params: [], zh: '报头', en: 'The masthead' },
  'furniture-running-head': { params: [], zh: '报眉', en: 'The running head' },
  'furniture-credit-line': { params: [], zh: '责编行', en: 'The credit line' },
  'mark-replace': { params: [], zh: '改正', en: 'A correction' },
  'mark-delete': { params: [], zh: '删除', en: 'A deletion' },
  'mark-insert': { params: [], zh: '增补', en: 'An insertion' },
  'mark-transpose': { params: [], zh: '对调', en: 'A transposition' },
  'mark-run-on': { params: [], zh: '接排', en: 'A run-on' },
  'mark-new-paragraph': { params: [], zh: '另起段', en: 'A new paragraph' },
  'mark-space-increase': { params: [], zh: '加大空距', en: 'More space' },
  'mark-space-decrease': { params: [], zh: '减小空距', en: 'Less space' },
  'mark-stet': { params: [], zh: '保留', en: 'A stet' },
  'mark-note': { params: [], zh: '说明', en: 'A note' },
  'mark-rotate': { params: [], zh: '转正', en: 'Rotate upright' },
  'mark-move': { params: [], zh: '转移', en: 'A move' },
  'mark-shift-vertical': { params: [], zh: '上下移', en: 'Move up or down' },
  'mark-shift-horizontal': { params: [], zh: '左右移', en: 'Move left or right' },
  'mark-align': { params: [], zh: '排齐', en: 'Align' },
  'mark-emphasis': { params: [], zh: '着重号', en: 'Emphasis dots' },
  'mark-font-change': { params: [], zh: '改字体字号', en: 'A change of face or size' },
  'page-status-planning': { params: [], zh: '待排', en: 'planning' },
  'page-status-layout': { params: [], zh: '排版中', en: 'in layout' },
  'page-status-proofing': { params: [], zh: '校对中', en: 'in proofing' },
  'page-status-approved': { params: [], zh: '已签付', en: 'approved' },
  'page-status-sent': { params: [], zh: '已传版', en: 'sent to plate' },
  'module-the-page': { params: [], zh: '版面', en: 'The page' },
  'module-picture': { params: [], zh: '图片', en: 'The picture' },
  'module-story': { params: [], zh: '稿件块', en: 'The story module' },
  'list-with': { params: [], zh: '与', en: ' and ' },
  'quoted': { params: ['word'], zh: '「{{word}}」', en: '“{{word}}”' },
  'someone-else': { params: [], zh: '另一位同事', en: 'a colleague' },
  'another-window': { params: [], zh: '另一个窗口', en: 'another window' },
  'unknown': { params: [], zh: '未知', en: 'unknown' },
  'act-write-text': { params: [], zh: '直接改动稿件文字（请用校对符号提出修改）', en: "change a story's text directly (propose the change as a proof mark)" },
} as const satisfies Record<string, Entry>;

/** What was being done when the disk said no, and what the disk said. */
const DISK = {
  'disk-read-only': { params: [], zh: '所在的磁盘是只读的', en: 'the disk is read-only' },
  'disk-no-permission': { params: [], zh: '没有写入的权限', en: 'no permission to write there' },
  'disk-full': { params: [], zh: '磁盘已满', en: 'the disk is full' },
  'disk-folder-missing': { params: [], zh: '文件夹不存在', en: 'the folder does not exist' },
  'disk-write-failed': { params: [], zh: '写入出错', en: 'a write error' },
  'disk-refused': {
    params: ['what', 'why', 'path', 'errno'],
    zh: '{{what}}：{{why}}（{{path}}，{{errno}}）。',
    en: '{{what}}: {{why}} ({{path}}, {{errno}}).',
  },
  'backup-not-made': { params: [], zh: '备份没有完成', en: 'The backup could not be made' },
} as const satisfies Record<string, Entry>;

const STORE = {
  'sqlite-read-only': { params: [], zh: '稿库文件只能读、不能写，这次修改没有保存。', en: 'The desk database is read-only; the change was not saved.' },
  'sqlite-full': { params: [], zh: '磁盘已满，这次修改没有保存。请腾出空间后再试。', en: 'The disk is full; the change was not saved. Free some space and try again.' },
  'sqlite-io': { params: [], zh: '读写稿库文件时出错，这次修改没有保存。', en: 'A disk read/write error occurred; the change was not saved.' },
  'sqlite-cant-open': { params: [], zh: '打不开稿库文件，请检查文件夹是否存在、是否有权限。', en: 'The desk database file cannot be opened: check that the folder exists and may be written.' },
  'sqlite-busy': { params: [], zh: '稿库正被另一个 Folio 窗口或程序占用，请稍后再试。', en: 'The desk database is busy in another Folio window or program; try again shortly.' },
  'sqlite-locked': { params: [], zh: '稿库正被占用，请稍后再试。', en: 'The desk database is locked; try again shortly.' },
  'sqlite-permission': { params: [], zh: '没有写稿库文件的权限，这次修改没有保存。', en: 'No permission to write the desk database; the change was not saved.' },
  'sqlite-corrupt': { params: [], zh: '稿库文件已损坏，这次修改没有保存。请重新启动 Folio，它会另开新文件。', en: 'The desk database is damaged; the change was not saved. Restart Folio: it will start a new file.' },
  'sqlite-not-a-database': { params: [], zh: '稿库文件不是 SQLite 数据库。', en: 'The desk file is not an SQLite database.' },
  'desk-from-newer-folio': {
    params: ['current', 'latest'],
    zh: '这个稿库由更新版本的 Folio 创建（结构版本 {{current}}，本程序只认识到 {{latest}}），请升级 Folio 后再打开。',
    en: 'The desk database has schema version {{current}}; this Folio knows up to {{latest}}. Please update Folio.',
  },
  'desk-damaged-folder-read-only': {
    params: ['file'],
    zh: '稿库文件 {{file}} 已损坏，而数据文件夹无法写入，不能另开新文件。',
    en: 'The desk database {{file}} is damaged and the data folder is not writable, so no new file can be started.',
  },
  'data-folder-cannot-be-made': { params: ['folder'], zh: '无法创建数据文件夹 {{folder}}。', en: 'Cannot create the data folder {{folder}}.' },
  'desk-cannot-open': { params: ['folder'], zh: '无法在 {{folder}} 中打开稿库。', en: 'Could not open a desk database in {{folder}}.' },
  'backup-failed-check': { params: ['result'], zh: '备份文件没有通过完整性检查：{{result}}', en: 'The backup failed its integrity check: {{result}}' },
  'backup-failed': { params: ['detail'], zh: '备份没有完成：{{detail}}', en: 'The backup could not be made: {{detail}}' },
  'backup-bad-name': { params: ['file'], zh: '不是 Folio 备份文件名：{{file}}', en: 'Not a Folio backup file name: {{file}}' },
  'backup-not-found': { params: ['file'], zh: '找不到备份 {{file}}。', en: 'Backup {{file}} not found.' },
  'backup-damaged': { params: ['file'], zh: '备份 {{file}} 已损坏，不能恢复。', en: 'Backup {{file}} is damaged and cannot be restored.' },
  'backup-from-newer-folio': { params: ['file'], zh: '备份 {{file}} 来自更新版本的 Folio，不能恢复。', en: 'Backup {{file}} is from a newer Folio and cannot be restored.' },
  'asset-bad-id': { params: ['id'], zh: '无效的文件编号 {{id}}', en: 'Invalid file id {{id}}' },
  'asset-not-stored': { params: ['why'], zh: '保存文件失败：{{why}}', en: 'Could not store the file: {{why}}' },

  'story-not-found': { params: ['id'], zh: '找不到稿件 {{id}}。', en: 'Story {{id}} not found.' },
  'page-not-found': { params: ['id'], zh: '找不到版面 {{id}}。', en: 'Page {{id}} not found.' },
  'module-not-found': { params: ['id'], zh: '找不到稿件块 {{id}}。', en: 'Module {{id}} not found.' },
  'issue-not-found': { params: ['id'], zh: '找不到这一期报纸 {{id}}。', en: 'Issue {{id}} not found.' },
  'page-has-signoff-or-export': { params: [], zh: '这个版面有签发或输出记录，不能删除。', en: 'The page has an approval or an export on record and cannot be deleted.' },
  'picture-empty-or-too-large': { params: ['bytes', 'limit'], zh: '图片为空或太大（{{bytes}} 字节，上限 {{limit}} 字节）。', en: 'The picture is empty or too large ({{bytes}} bytes, limit {{limit}}).' },
  'picture-hash-mismatch': { params: [], zh: '图片内容与编号不符。', en: 'The picture’s bytes do not match its id (sha256).' },
  'picture-not-found': { params: ['id'], zh: '找不到图片 {{id}}。', en: 'Picture {{id}} not found.' },
  'mark-not-found': { params: ['id'], zh: '没有这个校对符号：{{id}}', en: 'No such proof mark: {{id}}' },
  'revision-not-found': { params: ['id', 'number'], zh: '稿件 {{id}} 没有第 {{number}} 版。', en: 'Story {{id}} has no revision {{number}}.' },
  'conflict-not-found': { params: ['id'], zh: '没有这个冲突：{{id}}', en: 'No open conflict {{id}}.' },
  'export-job-not-found': { params: ['id'], zh: '没有这个导出任务：{{id}}', en: 'No such export job: {{id}}' },
  'issue-has-no-page': { params: ['page'], zh: '这一期没有第{{page}}版', en: 'This issue has no page {{page}}' },
  'issue-lacks-pages': { params: ['pages', 'count'], zh: '这一期没有第{{pages}}版（共 {{count}} 版）', en: 'This issue has no page {{pages}} (it has {{count}})' },

  'field-invalid': { params: ['what', 'field', 'why'], zh: '{{what}}无效：{{field}}（{{why}}）', en: '{{what}} is invalid: {{field}} ({{why}})' },
  'input-content': { params: [], zh: '稿件内容', en: 'The story content' },
  'input-params': { params: [], zh: '参数', en: 'A parameter' },
  'input-page-settings': { params: [], zh: '版面设置', en: 'The page settings' },
  'input-module': { params: [], zh: '稿件块', en: 'The module' },
  'input-issue': { params: [], zh: '报纸期次', en: 'The issue' },
  'input-new-page': { params: [], zh: '新版面', en: 'The new page' },
  'input-whole': { params: [], zh: '（整体）', en: '(the whole)' },
  'style-duplicate-paragraph-id': { params: ['id'], zh: '段落样式代号“{{id}}”重复', en: 'paragraph style id “{{id}}” is used twice' },
  'style-duplicate-character-id': { params: ['id'], zh: '字符样式代号“{{id}}”重复', en: 'character style id “{{id}}” is used twice' },
  'style-default-missing': { params: ['id'], zh: '默认样式“{{id}}”不在段落样式中', en: 'the default style “{{id}}” is not a paragraph style' },
  'style-file-too-large': { params: ['kb', 'limitKb'], zh: '样式表文件过大（{{kb}} KB，上限 {{limitKb}} KB），未导入。', en: 'The style sheet file is too large ({{kb}} KB, limit {{limitKb}} KB); nothing was imported.' },
  'style-file-not-json': { params: [], zh: '不是样式表文件：内容不是 JSON，未导入。', en: 'Not a style sheet file: the content is not JSON; nothing was imported.' },
  'style-file-wrong-format': { params: ['format'], zh: '不是 Folio 样式表文件（缺少 format: "{{format}}"），未导入。', en: 'Not a Folio style sheet file (format "{{format}}" missing); nothing was imported.' },
  'style-file-invalid': { params: ['field', 'why'], zh: '样式表文件有误，未导入：{{field}}（{{why}}）', en: 'The style sheet file is wrong, nothing was imported: {{field}} ({{why}})' },
  'style-sheet-damaged': { params: ['paper'], zh: '「{{paper}}」保存的样式表已损坏，读不出来；请导入一份样式表文件替换它。', en: 'The saved style sheet of {{paper}} is damaged and cannot be read; import a style sheet file to replace it.' },
  'style-sheet-no-paper': { params: [], zh: '样式表没有保存：没有指定报名。', en: 'The style sheet was not saved: no paper named.' },
  'style-sheet-invalid': { params: ['field', 'why'], zh: '样式表没有保存：{{field}}（{{why}}）', en: 'The style sheet was not saved: {{field}} ({{why}})' },
  'export-cancelled': { params: [], zh: '已取消', en: 'Cancelled' },
  'export-interrupted': { params: [], zh: '导出中断', en: 'The export was interrupted' },
  'export-interrupted-because': { params: ['detail'], zh: '导出中断：{{detail}}', en: 'The export was interrupted: {{detail}}' },
  'export-page-failed': { params: ['detail'], zh: '无法输出 PDF：{{detail}}', en: 'The PDF could not be made: {{detail}}' },
  'export-blocked-errors': { params: ['page', 'count', 'findings'], zh: '第{{page}}版有 {{count}} 个出版前错误：{{findings}}', en: 'Page {{page}} has {{count}} preflight errors: {{findings}}' },
  'export-blocked-warnings': { params: ['page', 'codes'], zh: '第{{page}}版有未确认的警告：{{codes}}', en: 'Page {{page}} has warnings not yet acknowledged: {{codes}}' },
  'preflight-not-signed-off': { params: ['page', 'status'], zh: '第{{page}}版尚未签付（现为“{{status}}”），本报要求签付后才能出版。', en: 'Page {{page}} is not approved yet (it is “{{status}}”); this paper prints only approved pages.' },
  'preflight-no-story': { params: ['module'], zh: '{{module}}稿件块里没有稿件（稿件缺失或尚未放入），请放入稿件或删去这个块。', en: '{{module}} has no story (missing or not placed yet): place a story or remove the module.' },
  'preflight-empty-story': { params: ['module'], zh: '{{module}}是空稿，请填写正文或删去这个块。', en: '{{module}} is an empty story: write its text or remove the module.' },
  'preflight-placeholder-text': { params: ['module', 'text'], zh: '{{module}}里还留着占位文字“{{text}}”，请换成正文。', en: '{{module}} still holds the placeholder “{{text}}”: replace it with copy.' },
  'preflight-empty-frame': { params: ['module'], zh: '{{module}}的图片框里没有图片，印出来是一个写着“图片”的灰框，请放入图片或删去这个框。', en: 'The picture frame {{module}} holds no picture: it would print as a grey box marked “picture”. Place a picture or remove the frame.' },
  'preflight-story-locked': { params: ['module'], zh: '{{module}}还有人在编辑（稿件已锁定），可能有未保存的修改。', en: 'Someone is still editing {{module}} (the story is locked): it may have unsaved changes.' },
  'preflight-overset': { params: ['module', 'chars'], zh: '{{module}}超 {{chars}} 字，请删改稿件或加大稿件块。', en: '{{module}} is {{chars}} characters overset: cut the story or enlarge the module.' },
  'preflight-missing-glyphs': { params: ['module', 'chars'], zh: '{{module}}有字库缺字：{{chars}}，印出来会是方框，请换字或换字体。', en: '{{module}} has characters the fonts lack: {{chars}}. They would print as boxes: change the characters or the face.' },
  'preflight-missing-glyphs-page': { params: ['chars'], zh: '版面上有字库缺字：{{chars}}，印出来会是方框。', en: 'The page has characters the fonts lack: {{chars}}. They would print as boxes.' },
  'preflight-module-overlap': { params: ['names'], zh: '{{names}}在版面上重叠。', en: '{{names}} overlap on the page.' },
  'preflight-missing-furniture': { params: ['page', 'names'], zh: '第{{page}}版没有{{names}}，请从版式模板加上。', en: 'Page {{page}} lacks these: {{names}}. Add them from the page template.' },
  'preflight-empty-area': {
    params: ['page', 'column', 'line', 'columnSpan', 'lines', 'pct'],
    zh: '第{{page}}版从第{{column}}栏第{{line}}行起有 {{columnSpan}} 栏 × {{lines}} 行空着（版心的 {{pct}}%），请排稿或放图。',
    en: 'Page {{page}}: {{columnSpan}} columns × {{lines}} lines are empty from column {{column}}, line {{line}} ({{pct}}% of the type area). Place a story or a picture.',
  },
  'preflight-rgb-page': { params: ['page'], zh: '第{{page}}版的 PDF 里有 RGB 颜色，印刷只能用 CMYK，请检查版面上的颜色和图片。', en: 'The PDF of page {{page}} has RGB colour; print takes CMYK only: check the page’s colours and pictures.' },
  'preflight-ink-limit': { params: ['max', 'limit', 'points'], zh: '总墨量最高 {{max}}%，超过本报上限 {{limit}}%（{{points}} 个检测点），请降低叠色。', en: 'Total ink reaches {{max}}%, above this paper’s limit of {{limit}}% ({{points}} points checked): reduce the overprinting.' },
  'preflight-image-resolution': { params: ['module', 'ppi', 'min'], zh: '{{module}}的图片在版面上只有 {{ppi}} ppi（至少 {{min}} ppi），请换高清图或缩小图片。', en: 'The picture of {{module}} is only {{ppi}} ppi as placed (at least {{min}} ppi): use a sharper picture or place it smaller.' },
  'preflight-image-resolution-low': { params: ['module', 'ppi', 'recommended'], zh: '{{module}}的图片在版面上为 {{ppi}} ppi，低于建议的 {{recommended}} ppi。', en: 'The picture of {{module}} is {{ppi}} ppi as placed, below the recommended {{recommended}} ppi.' },
  'preflight-rgb-picture': { params: ['module'], zh: '{{module}}的图片是 RGB 色彩，请先转为 CMYK 再出版。', en: 'The picture of {{module}} is RGB: convert it to CMYK before printing.' },
  'preflight-small-text-multi-ink': { params: ['module', 'size'], zh: '{{module}}有 {{size}} pt 的小字用了多色叠印，新闻纸上容易套不准，建议改为单色。', en: '{{module}} has {{size}} pt text printed in several inks: it misregisters easily on newsprint; use one ink.' },
  'preflight-thin-line': { params: ['module', 'width', 'min'], zh: '{{module}}有 {{width}} pt 的细线（小于 {{min}} mm），印刷时可能断线。', en: '{{module}} has a {{width}} pt rule (under {{min}} mm): it may break up in print.' },
  'zod-invalid-type': { params: [], zh: '类型不对', en: 'wrong type' },
  'zod-too-small': { params: ['minimum'], zh: '不能少于 {{minimum}}', en: 'at least {{minimum}}' },
  'zod-too-big': { params: ['maximum'], zh: '不能多于 {{maximum}}', en: 'at most {{maximum}}' },
  'zod-invalid-value': { params: [], zh: '不是允许的值', en: 'not an allowed value' },
  'zod-unrecognized-keys': { params: ['keys'], zh: '多出的键：{{keys}}', en: 'unknown keys: {{keys}}' },
  'zod-invalid-format': { params: [], zh: '格式不对', en: 'wrong format' },
  'zod-other': { params: [], zh: '不符合要求', en: 'not acceptable' },
  'text-unpaired-surrogate': {
    params: ['position', 'unit'],
    zh: '文字在第 {{position}} 个位置有残缺字符（不成对的代理项 U+{{unit}}），请删去后重试',
    en: 'The text has a broken character at position {{position}} (unpaired surrogate U+{{unit}}); delete it and try again',
  },
  'story-too-long': {
    params: ['chars', 'limit'],
    zh: '稿件有 {{chars}} 字，超过每篇 {{limit}} 字的上限，未保存；请分成几篇',
    en: 'The story has {{chars}} characters, over the limit of {{limit}} per story; not saved. Split it into several stories',
  },
  'story-or-page-needed': { params: [], zh: '需要 storyId 或 pageId', en: 'storyId or pageId is needed' },

  'revision-stale': {
    params: ['newest', 'base', 'who', 'when'],
    zh: '这篇稿件已有更新的第 {{newest}} 版（{{who}}，{{when}}），你的修改基于第 {{base}} 版，为了不覆盖别人的修改，这次没有保存。你的文字仍保留在编辑器里，请先查看新版本再合并。',
    en: 'The story has a newer revision {{newest}} ({{who}}, {{when}}); your edit was based on revision {{base}} and was not saved, so as not to overwrite it. Your text is kept in the editor: look at the new revision, then merge.',
  },
  'revision-base-ahead': {
    params: ['newest', 'base'],
    zh: '稿库中这篇稿件最新只到第 {{newest}} 版，早于你编辑所依据的第 {{base}} 版（稿库可能已从备份恢复），这次没有保存。你的文字仍保留在编辑器里。',
    en: 'The desk has only revision {{newest}} of this story, older than your base revision {{base}} (the desk may have been restored from a backup); not saved. Your text is kept in the editor.',
  },
  'story-locked-by': {
    params: ['who', 'role', 'since'],
    zh: '这篇稿件正由{{who}}（{{role}}）自 {{since}} 起编辑，此处只读，这次修改没有保存。',
    en: 'The story is being edited by {{who}} ({{role}}) since {{since}}; it is read-only here and the change was not saved.',
  },
  'story-text-frozen': {
    params: ['paper', 'date', 'page'],
    zh: '这篇稿件在{{paper}} {{date}} 第{{page}}版上，该版已签发，文字已锁定付印，这次修改没有保存。如需改动，请责任编辑先撤销签发。',
    en: 'The story is on page {{page}} of {{paper}} {{date}}, which is approved: its text is locked for plating and the change was not saved. To change it, the page editor first withdraws the approval.',
  },
  'story-text-frozen-sent': {
    params: ['paper', 'date', 'page'],
    zh: '这篇稿件在{{paper}} {{date}} 第{{page}}版上，该版已传版，文字已锁定付印，这次修改没有保存。',
    en: 'The story is on page {{page}} of {{paper}} {{date}}, which has been sent to plate: its text is locked and the change was not saved.',
  },
  'page-layout-frozen': {
    params: ['paper', 'date', 'page'],
    zh: '{{paper}} {{date}} 第{{page}}版已签发，版面已锁定付印，这次改动没有保存。如需调整版面，请责任编辑先撤销签发。',
    en: 'Page {{page}} of {{paper}} {{date}} is approved: its layout is locked for plating and the change was not saved. To change it, the page editor first withdraws the approval.',
  },
  'page-layout-frozen-sent': {
    params: ['paper', 'date', 'page'],
    zh: '{{paper}} {{date}} 第{{page}}版已传版，版面已锁定付印，这次改动没有保存。',
    en: 'Page {{page}} of {{paper}} {{date}} has been sent to plate: its layout is locked and the change was not saved.',
  },
  'status-move-forbidden': {
    params: ['role', 'from', 'to', 'allowed'],
    zh: '{{role}}不能把稿件从「{{from}}」改为「{{to}}」。可以改为：{{allowed}}。',
    en: 'A {{role}} may not move a story from “{{from}}” to “{{to}}”. Possible: {{allowed}}.',
  },
  'status-move-none': {
    params: ['role', 'from', 'to'],
    zh: '{{role}}不能把稿件从「{{from}}」改为「{{to}}」。{{role}}不能改动这篇稿件的状态。',
    en: 'A {{role}} may not move a story from “{{from}}” to “{{to}}”, nor change its state at all.',
  },
  'proof-act-forbidden': {
    params: ['role', 'act', 'allowed'],
    zh: '{{role}}不能{{act}}，这需要{{allowed}}来做。',
    en: 'A {{role}} may not {{act}}: that is for the {{allowed}}.',
  },
  'approval-only-by-signoff': {
    params: ['page'],
    zh: '第{{page}}版的签发状态只能通过签发或撤销签发改变（校对面板），不能直接修改。',
    en: 'The approval of page {{page}} changes only by signing it off or withdrawing it (proof panel), not directly.',
  },
  'plates-need-approval': {
    params: ['page'],
    zh: '第{{page}}版还没有签发，不能输出印版。请先完成校对签字、责任编辑签字和签发。',
    en: 'Page {{page}} is not approved; this paper requires approval before plating. Finish the proof sign-offs, the page sign-off and the approval first.',
  },
  'page-signed-no-more': {
    params: ['page'],
    zh: '第{{page}}版已签发，不能再签字。如需改动，请先撤销签发。',
    en: 'Page {{page}} is approved: no more signatures. To change it, withdraw the approval first.',
  },
  'page-sent-no-more': { params: ['page'], zh: '第{{page}}版已传版，不能再签字。', en: 'Page {{page}} has been sent to plate: no more signatures.' },
  'undecided-marks-block': {
    params: ['count', 'act'],
    zh: '本版还有 {{count}} 个校对符号未处理（采纳或退回），不能{{act}}。',
    en: 'The page still has {{count}} undecided proof marks (accept or reject them); cannot {{act}}.',
  },
  'round-already-signed': {
    params: ['page', 'round', 'by', 'at'],
    zh: '第{{page}}版的{{round}}已由{{by}}于 {{at}} 签字。',
    en: 'The {{round}} of page {{page}} was signed by {{by}} at {{at}}.',
  },
  'round-earlier-first': { params: ['earlier', 'round'], zh: '请先完成{{earlier}}签字，再签{{round}}。', en: 'Sign the {{earlier}} before the {{round}}.' },
  'page-already-signed': { params: ['page', 'by', 'at'], zh: '第{{page}}版已由{{by}}于 {{at}} 签字。', en: 'Page {{page}} was signed by {{by}} at {{at}}.' },
  'round-missing-for-page': {
    params: ['page', 'round'],
    zh: '第{{page}}版的{{round}}还没有签字，责任编辑不能签字。',
    en: 'The {{round}} of page {{page}} is not signed yet, so the page editor cannot sign.',
  },
  'page-sign-missing': { params: ['page'], zh: '第{{page}}版还没有责任编辑签字，不能签发。', en: 'Page {{page}} has no page-editor signature yet, so it cannot be approved.' },
  'withdraw-needs-reason': { params: [], zh: '撤销签发需要写明原因。', en: 'Withdrawing an approval needs a reason.' },
  'withdraw-sent': { params: ['page'], zh: '第{{page}}版已传版，不能撤销签发。', en: 'Page {{page}} has been sent to plate: the approval cannot be withdrawn.' },
  'withdraw-not-approved': { params: ['page'], zh: '第{{page}}版没有签发，无需撤销。', en: 'Page {{page}} is not approved: nothing to withdraw.' },
  'round-signed-no-marks': {
    params: ['page', 'round'],
    zh: '第{{page}}版的{{round}}已经签字，不能再添加这一校次的校对符号。',
    en: 'The {{round}} of page {{page}} is signed: no more marks for this round.',
  },
  'mark-text-changed': {
    params: ['quote', 'now'],
    zh: '稿件文字已经改动（选中的是“{{quote}}”，现在这里是“{{now}}”），请刷新后重新标注。',
    en: 'The story text has changed (you selected “{{quote}}”, it now reads “{{now}}”); refresh and mark again.',
  },
  'mark-already-accepted': { params: ['by', 'at'], zh: '这个校对符号已由{{by}}于 {{at}} 采纳。', en: 'This proof mark was accepted by {{by}} at {{at}}.' },
  'mark-already-rejected': { params: ['by', 'at'], zh: '这个校对符号已由{{by}}于 {{at}} 退回。', en: 'This proof mark was rejected by {{by}} at {{at}}.' },
  'mark-already-decided': { params: ['by'], zh: '这个校对符号已经由 {{by}} 处理过了。', en: 'This proof mark was already decided by {{by}}.' },
  'mark-original-deleted': {
    params: ['original'],
    zh: '“{{original}}”已从稿件中删去，这个校对符号无法采纳；请退回并写明原因。',
    en: '“{{original}}” was deleted from the story, so this mark cannot be accepted; reject it with a reason.',
  },
  'mark-drifted': {
    params: ['original', 'now'],
    zh: '标注后原文已改动：标注时是“{{original}}”，现在是“{{now}}”。请核对后再确认采纳。',
    en: 'The marked text changed since the mark was made: it was “{{original}}”, it is now “{{now}}”. Check it, then confirm to accept.',
  },
  'mark-only-author-edits': { params: ['by'], zh: '这个校对符号是{{by}}标注的，只有标注人可以修改。', en: 'This mark was made by {{by}}; only they may edit it.' },
  'reject-needs-reason': { params: [], zh: '退回校对意见需要写明原因。', en: 'Rejecting a proof mark needs a reason.' },
  'mark-no-block': { params: ['block', 'count'], zh: '稿件没有第 {{block}} 段（共 {{count}} 段）。', en: 'The story has no paragraph {{block}} (it has {{count}}).' },
  'mark-range-outside': {
    params: ['start', 'end', 'length'],
    zh: '选区 {{start}}–{{end}} 超出了这一段的文字（共 {{length}} 个字符单元）。',
    en: 'The selection {{start}}–{{end}} runs past the paragraph ({{length}} code units).',
  },
  'mark-splits-character': {
    params: [],
    zh: '选区的边界落在一个字的中间（该字占两个字符单元），请重新选择。',
    en: 'The selection ends in the middle of a character (one that takes two code units); select again.',
  },
  'finding-no-block': { params: ['block'], zh: '稿件已没有第 {{block}} 段，请重新检查。', en: 'The story no longer has paragraph {{block}}; run the check again.' },
  'finding-stale': { params: ['text'], zh: '“{{text}}”已经改动，这条检查结果过时了，请重新检查。', en: '“{{text}}” has changed: this finding is out of date; run the check again.' },
  'transpose-needs-selection': { params: [], zh: '对调需要先选中文字。', en: 'A transposition needs a selection.' },
  'transpose-needs-order': { params: [], zh: '对调两个以上的字时，请写明调换后的次序。', en: 'Transposing more than two characters needs the new order written out.' },
  'transpose-not-reorder': {
    params: ['proposed', 'quote'],
    zh: '对调只能调换次序：“{{proposed}}”不是“{{quote}}”换序而成。',
    en: 'A transposition only changes the order: “{{proposed}}” is not a reordering of “{{quote}}”.',
  },
  'mark-needs-proposed': { params: ['kind'], zh: '{{kind}}需要填写要改成（或补入）的文字。', en: '{{kind}} needs the text to put in.' },
  'mark-proposed-same': { params: [], zh: '改正后的文字与原文相同。', en: 'The correction is the same as the original.' },
  'mark-takes-no-proposed': { params: ['kind'], zh: '{{kind}}不带替换文字（说明请写在 note 里）。', en: '{{kind}} takes no replacement text (write remarks in the note).' },
  'note-needs-text': { params: [], zh: '说明需要写明内容。', en: 'A note needs some text.' },
  'mark-needs-selection': { params: ['kind'], zh: '{{kind}}需要先选中文字。', en: '{{kind}} needs a selection.' },
  'mark-already-withdrawn': { params: ['by', 'at'], zh: '这个校对符号已由 {{by}} 于 {{at}} 撤回。', en: 'This proof mark was withdrawn by {{by}} at {{at}}.' },
  'mark-decided-cannot-withdraw': { params: ['by'], zh: '这个校对符号已由 {{by}} 处理，不能再撤回。', en: '{{by}} has already decided this proof mark; it can no longer be withdrawn.' },
  'mark-withdraw-author-only': { params: ['author'], zh: '这个校对符号是 {{author}} 标注的，只有标注人可以撤回。', en: 'Only {{author}}, who made this proof mark, may withdraw it.' },
  'mark-move-needs-target': { params: [], zh: '转移需要写明移到哪里。', en: 'A move mark needs a note saying where to move the text.' },
  'mark-font-change-needs-note': { params: [], zh: '改字体字号需要写明改成什么字体、字号。', en: 'A change of face or size needs a note naming the face and size.' },
  'apply-mark-stale': { params: [], zh: '校对符号所指的文字已经改动，请重新定位后再处理。', en: 'The text under the proof mark has changed: place it again, then decide.' },
  'run-on-needs-next': { params: [], zh: '接排需要这一段后面还有一段文字（图片不能接排）。', en: 'A run-on needs a paragraph of text after this one (a picture cannot be run on).' },
  'run-on-body-only': { params: [], zh: '接排只能连接正文段落：标题、小标题、署名不能与别的段落接排。', en: 'Run-on joins body paragraphs only: a headline, intertitle or byline cannot be run on.' },
  'new-paragraph-body-only': { params: [], zh: '只有正文段落可以另起段：标题、小标题、署名不能拆开。', en: 'Only body paragraphs can be split: a headline, intertitle or byline cannot.' },
  'caption-no-new-paragraph': { params: [], zh: '图片说明不能另起段。', en: 'A caption cannot be split into paragraphs.' },
  'no-space-to-remove': { params: [], zh: '这里没有可以减去的空格。', en: 'There is no space here to take out.' },
  'terms-not-saved': { params: ['why'], zh: '词表没有保存：{{why}}。', en: 'The term list was not saved: {{why}}.' },
  'terms-rule-empty': { params: ['index'], zh: '第 {{index}} 条规则缺少错误写法或规范写法', en: 'rule {{index}} lacks the wrong or the right spelling' },
  'terms-rule-same': { params: ['word'], zh: '“{{word}}”两边相同', en: '“{{word}}” is the same on both sides' },
  'terms-rule-repeated': { params: ['word'], zh: '“{{word}}”已经列出', en: '“{{word}}” is already listed' },
  'terms-banned-empty': { params: ['index'], zh: '第 {{index}} 个禁用词是空的', en: 'banned word {{index}} is empty' },

  'page-template-invalid': { params: ['why'], zh: '版式无效：{{why}}', en: 'The page template is invalid: {{why}}' },
  'template-no-type-area': { params: [], zh: '页边距大于成品尺寸，版心为空。', en: 'The margins are wider than the trim: there is no type area.' },
  'template-grid-too-wide': {
    params: ['columns', 'chars', 'gutter', 'gridPt', 'areaPt'],
    zh: '{{columns}} 栏 × {{chars}} 字（栏空 {{gutter}} 字）共 {{gridPt}} pt，宽于版心 {{areaPt}} pt：请减少栏数、每栏字数或页边距。',
    en: '{{columns}} columns × {{chars}} characters ({{gutter}}-character gutters) make {{gridPt}} pt, wider than the {{areaPt}} pt type area: use fewer columns, fewer characters or narrower margins.',
  },
  'template-too-short': { params: [], zh: '版心高度不足一行。', en: 'The type area is less than one line high.' },
  'template-breaks-module': { params: ['why'], zh: '改用这个版式后，{{why}}请先调整稿件块。', en: 'With this template, {{why}} Adjust the modules first.' },
  'page-has-modules': {
    params: ['page', 'count'],
    zh: '第{{page}}版上还有 {{count}} 个稿件块：请先移走它们，或确认连同版面上的安排一起删除（稿件本身不会删除）。',
    en: 'Page {{page}} still has {{count}} modules: move them first, or confirm deleting them with the page (the stories themselves stay).',
  },
  'page-order-invalid': {
    params: ['count'],
    zh: '版序无效：要列出这一期的全部 {{count}} 个版面，每个一次。',
    en: 'Invalid page order: list all {{count}} pages of the issue, each once.',
  },
  'module-story-missing': { params: ['id'], zh: '稿件不存在：{{id}}，不能上版。', en: 'Story {{id}} does not exist and cannot be placed.' },
  'module-story-trashed': { params: ['title'], zh: '稿件「{{title}}」在回收站中，请先恢复再上版。', en: 'The story “{{title}}” is in the trash: restore it before placing it.' },
  'module-needs-story': { params: [], zh: '稿件块要指定一篇稿件。', en: 'A story module needs a story.' },
  'module-needs-furniture': { params: [], zh: '版面部件要指定是报头、报眉还是责编行。', en: 'Page furniture must say whether it is the masthead, the running head or the credit line.' },
  'furniture-takes-no-story': { params: ['furniture'], zh: '{{furniture}}不放稿件。', en: '{{furniture}} takes no story.' },
  'module-needs-picture': { params: [], zh: '图片块缺少图片设置。', en: 'The picture module has no picture settings.' },
  'picture-taller-than-module': {
    params: ['picture', 'module'],
    zh: '图片高 {{picture}} 行，超过图片块的 {{module}} 行。',
    en: 'The picture is {{picture}} lines high, more than the module’s {{module}} lines.',
  },
  'continuation-to-itself': { params: [], zh: '稿件块不能转到它自己。', en: 'A module cannot continue to itself.' },
  'continuation-target-missing': { params: ['id'], zh: '转版的目标稿件块不存在：{{id}}。', en: 'The module to continue to does not exist: {{id}}.' },
  'continuation-other-story': { params: [], zh: '只能转到放着同一篇稿件的稿件块。', en: 'A module can only continue to a module of the same story.' },
  'continuation-target-taken': { params: [], zh: '目标稿件块已经接着另一块排了。', en: 'The target module already continues another one.' },
  'continuation-loop': { params: [], zh: '转版会绕回本块，形成循环。', en: 'The continuation would loop back to this module.' },
  'module-named': { params: ['name'], zh: '「{{name}}」', en: '“{{name}}”' },
  'module-unnamed': { params: [], zh: '稿件块', en: 'The module' },
  'module-too-narrow-span': { params: ['module', 'span'], zh: '{{module}}宽度为 {{span}} 栏：至少要占 1 栏。', en: '{{module}} is {{span}} columns wide: it needs at least 1.' },
  'module-too-short': { params: ['module', 'lines'], zh: '{{module}}高度为 {{lines}} 行：至少要占 1 行。', en: '{{module}} is {{lines}} lines high: it needs at least 1.' },
  'module-off-left': { params: ['module', 'column'], zh: '{{module}}超出版面左边：从第{{column}}栏起，版面从第1栏开始。', en: '{{module}} is off the left of the page: it starts at column {{column}}, the page at column 1.' },
  'module-off-right': {
    params: ['module', 'first', 'last', 'columns'],
    zh: '{{module}}超出版面右边：第{{first}}–{{last}}栏，本版只有 {{columns}} 栏。',
    en: '{{module}} is off the right of the page: columns {{first}}–{{last}}, and the page has {{columns}}.',
  },
  'module-off-top': { params: ['module', 'line'], zh: '{{module}}超出版面上边：从第{{line}}行起，版面从第1行开始。', en: '{{module}} is off the top of the page: it starts at line {{line}}, the page at line 1.' },
  'module-off-bottom': {
    params: ['module', 'first', 'last', 'lines'],
    zh: '{{module}}超出版面下边：第{{first}}–{{last}}行，本版只有 {{lines}} 行。',
    en: '{{module}} is off the bottom of the page: lines {{first}}–{{last}}, and the page has {{lines}}.',
  },
  'module-body-too-narrow': {
    params: ['module', 'span', 'bodyColumns', 'chars'],
    zh: '{{module}}跨 {{span}} 栏分成 {{bodyColumns}} 栏，每栏只有 {{chars}} 字，排不下：请减少分栏数。',
    en: '{{module}} spans {{span}} columns split into {{bodyColumns}}, only {{chars}} characters each: too narrow to set; use fewer body columns.',
  },
  'module-headline-too-wide': {
    params: ['module', 'headSpan', 'span'],
    zh: '{{module}}的标题跨 {{headSpan}} 栏，宽于稿件块的 {{span}} 栏。',
    en: 'The headline of {{module}} spans {{headSpan}} columns, wider than the module’s {{span}}.',
  },
  'finding-story-trashed': {
    params: ['title', 'column', 'lastColumn', 'line', 'lastLine'],
    zh: '稿件已删除：「{{title}}」在回收站中，仍占第{{column}}–{{lastColumn}}栏第{{line}}–{{lastLine}}行。请从回收站恢复稿件，或移除此块。',
    en: 'Story deleted: “{{title}}” is in the trash but still takes columns {{column}}–{{lastColumn}}, lines {{line}}–{{lastLine}}. Restore it from the trash or remove this module.',
  },
  'finding-story-missing': {
    params: ['id', 'column', 'lastColumn', 'line', 'lastLine'],
    zh: '稿件不存在：第{{column}}–{{lastColumn}}栏第{{line}}–{{lastLine}}行的稿件（{{id}}）不在本稿库中。请换稿或移除此块。',
    en: 'Story missing: the story of columns {{column}}–{{lastColumn}}, lines {{line}}–{{lastLine}} ({{id}}) is not in this desk. Place another or remove this module.',
  },
  'finding-continuation-broken': {
    params: ['column', 'lastColumn', 'line', 'lastLine'],
    zh: '第{{column}}–{{lastColumn}}栏第{{line}}–{{lastLine}}行的稿件转到的稿件块已换了别的稿件：请重新指定转版位置。',
    en: 'The module that columns {{column}}–{{lastColumn}}, lines {{line}}–{{lastLine}} continue to now holds another story: link the continuation again.',
  },
  'modules-overlap': {
    params: ['a', 'b', 'column', 'line'],
    zh: '{{a}}与{{b}}重叠（从第{{column}}栏第{{line}}行起）：请移开其中一块。',
    en: '{{a}} and {{b}} overlap (from column {{column}}, line {{line}}): move one of them.',
  },

  'pages-unreadable': { params: ['text'], zh: '版号范围“{{text}}”看不懂，请写成 1-4 或 1,3,5', en: 'Cannot read the page range “{{text}}”: write it like 1-4 or 1,3,5' },
  'pages-range-invalid': { params: ['text'], zh: '版号范围“{{text}}”无效', en: 'The page range “{{text}}” is invalid' },
  'out-dir-not-absolute': { params: ['dir'], zh: '输出文件夹必须是完整路径：{{dir}}', en: 'The output folder must be a full path: {{dir}}' },
  'dpi-out-of-range': { params: ['min', 'max'], zh: '分辨率须为 {{min}}–{{max}} dpi 的整数', en: 'The resolution must be a whole number of {{min}}–{{max}} dpi' },
  'only-warnings-acknowledged': { params: ['codes'], zh: '只能确认警告，不能确认：{{codes}}', en: 'Only warnings can be acknowledged, not: {{codes}}' },
  'ghostscript-missing': {
    params: [],
    zh: '找不到 Ghostscript（gs），无法分色出版。请安装 Debian 软件包 ghostscript（apt-get install ghostscript）。',
    en: 'Ghostscript (gs) is not on PATH, so no plates can be made: install the Debian package ghostscript (apt-get install ghostscript).',
  },

  'import-empty-file': { params: ['name'], zh: '{{name}} 是空文件。', en: '{{name}} is empty.' },
  'import-old-word': {
    params: ['name'],
    zh: '{{name}} 是旧版 Word/WPS 格式（.doc/.wps），请在 Word 或 WPS 中另存为 .docx 后再导入。',
    en: '{{name}} is in the old Word/WPS format (.doc/.wps): save it as .docx in Word or WPS first.',
  },
  'import-not-copy': {
    params: ['name', 'kind'],
    zh: '{{name}} 不是稿件文件，它其实是{{kind}}；只能导入 .docx 和 .txt 稿件。',
    en: '{{name}} is not copy (it is {{kind}}): only .docx and .txt can be imported.',
  },
  'import-bad-docx': {
    params: ['name'],
    zh: '{{name}} 不是有效的 Word 文档（.docx），文件内容与扩展名不符或已损坏。',
    en: '{{name}} is not a valid Word document (.docx): its content does not match its name, or it is damaged.',
  },
  'import-unsupported-type': { params: ['ext'], zh: '不支持 {{ext}} 文件，只能导入 .docx 和 .txt 稿件。', en: '{{ext}} files are not supported: only .docx and .txt can be imported.' },
  'import-picture-dropped': {
    params: ['name', 'index', 'type', 'why'],
    zh: '{{name}} 的第 {{index}} 张图片（{{type}}）无法使用，已略去，图片位置留空：{{why}}',
    en: 'Picture {{index}} ({{type}}) of {{name}} cannot be used: it was left out and its place left empty. {{why}}',
  },
  'import-picture-dropped-named': {
    params: ['name', 'index', 'alt', 'type', 'why'],
    zh: '{{name}} 的第 {{index}} 张图片“{{alt}}”（{{type}}）无法使用，已略去，图片位置留空：{{why}}',
    en: 'Picture {{index}} “{{alt}}” ({{type}}) of {{name}} cannot be used: it was left out and its place left empty. {{why}}',
  },
  'import-no-text': { params: ['name'], zh: '{{name}} 里没有文字。', en: '{{name}} contains no text.' },
  'import-not-plain-text': { params: ['name'], zh: '{{name}} 不是纯文本文件（含有二进制内容）。', en: '{{name}} is not a plain-text file (it has binary content).' },
  'import-unknown-encoding': { params: ['name'], zh: '{{name}} 的文字编码无法识别（不是 UTF-8 或 GBK）。', en: 'The text encoding of {{name}} is unknown (not UTF-8 or GBK).' },
  'import-docx-damaged': { params: ['name'], zh: 'Word 文档 {{name}} 已损坏或不完整，无法读取。', en: 'The Word document {{name}} is damaged or incomplete and cannot be read.' },
  'import-docx-too-many-parts': {
    params: ['name', 'parts', 'limit'],
    zh: 'Word 文档 {{name}} 内含 {{parts}} 个部件，超过上限 {{limit}} 个，未导入。',
    en: 'The Word document {{name}} has {{parts}} parts, over the limit of {{limit}}; not imported.',
  },
  'import-docx-ratio': {
    params: ['name', 'ratio'],
    zh: 'Word 文档 {{name}} 有一个部件压缩比超过 {{ratio}} 倍（疑似压缩炸弹），未导入。',
    en: 'A part of the Word document {{name}} unpacks to over {{ratio}}× its size (a zip bomb?); not imported.',
  },
  'import-docx-too-big': { params: ['name', 'limit'], zh: 'Word 文档 {{name}} 解压后超过 {{limit}}，未导入。', en: 'The Word document {{name}} unpacks to more than {{limit}}; not imported.' },
  'import-docx-failed': { params: ['name', 'detail'], zh: 'Word 文档 {{name}} 未导入：{{detail}}', en: 'The Word document {{name}} was not imported: {{detail}}' },
  'picture-colour-space': {
    params: ['name', 'space'],
    zh: '图片 {{name}} 的色彩空间（{{space}}）不受支持，请转成 RGB、CMYK 或灰度后再导入。',
    en: 'The colour space of picture {{name}} ({{space}}) is not supported: convert it to RGB, CMYK or greyscale first.',
  },
  'picture-not-a-picture': { params: ['name'], zh: '{{name}} 不是 JPEG、PNG 或 TIFF 图片。', en: '{{name}} is not a JPEG, PNG or TIFF picture.' },
  'picture-damaged': { params: ['name'], zh: '图片 {{name}} 已损坏，无法读取。', en: 'The picture {{name}} is damaged and cannot be read.' },
  'picture-no-size': { params: ['name'], zh: '图片 {{name}} 没有有效的尺寸。', en: 'The picture {{name}} has no valid size.' },
  'picture-too-big': {
    params: ['name', 'width', 'height', 'megapixels', 'limit'],
    zh: '图片 {{name}} 太大（{{width}}×{{height}}，{{megapixels}} 百万像素），最多 {{limit}} 百万像素。',
    en: 'The picture {{name}} is too big ({{width}}×{{height}}, {{megapixels}} megapixels); at most {{limit}} megapixels are accepted.',
  },
  'picture-truncated': {
    params: ['name'],
    zh: '图片 {{name}} 不完整或已损坏（可能只传了一部分），无法读取。',
    en: 'The picture {{name}} is incomplete or damaged (perhaps only partly sent) and cannot be read.',
  },
  'picture-is-other-kind': { params: ['name', 'kind'], zh: '{{name}} 不是 JPEG、PNG 或 TIFF 图片，它其实是{{kind}}。', en: '{{name}} is not a JPEG, PNG or TIFF picture: it is {{kind}}.' },
  'file-kind-jpeg': { params: [], zh: 'JPEG 图片', en: 'a JPEG picture' },
  'file-kind-png': { params: [], zh: 'PNG 图片', en: 'a PNG picture' },
  'file-kind-tiff': { params: [], zh: 'TIFF 图片', en: 'a TIFF picture' },
  'file-kind-zip': { params: [], zh: 'ZIP/Word 文档', en: 'a zip file or Word document' },
  'file-kind-ole': { params: [], zh: '旧版 Word/WPS 文档', en: 'an old Word/WPS document (.doc/.wps)' },
  'file-kind-pdf': { params: [], zh: 'PDF 文件', en: 'a PDF file' },
  'file-kind-gif': { params: [], zh: 'GIF 图片', en: 'a GIF picture' },
  'file-kind-webp': { params: [], zh: 'WebP 图片', en: 'a WebP picture' },
  'file-kind-unknown': { params: [], zh: '未知格式', en: 'of an unknown format' },
  'file-not-found': { params: ['path'], zh: '找不到文件 {{path}}。', en: 'File not found: {{path}}.' },
  'file-is-folder': { params: ['path'], zh: '{{path}} 是文件夹，不是文件。', en: '{{path}} is a folder, not a file.' },
  'file-unreadable': { params: ['path', 'detail'], zh: '读不了文件 {{path}}（{{detail}}）。', en: 'Cannot read the file {{path}} ({{detail}}).' },
  'import-failed': { params: ['name', 'detail'], zh: '导入 {{name}} 时出错：{{detail}}', en: 'Importing {{name}} failed: {{detail}}' },

  'newsroom-unreachable': { params: ['url', 'detail'], zh: '连不上新闻编辑部服务器 {{url}}（{{detail}}）。', en: 'Cannot reach the newsroom server {{url}} ({{detail}}).' },
  'newsroom-login-refused': { params: ['why'], zh: '登录被拒绝：{{why}}', en: 'Login refused: {{why}}' },
  'merge-needs-server': { params: ['detail'], zh: '合并需要连上编辑部服务器读取底稿（{{detail}}）。', en: 'The merge needs the newsroom server for the base revision ({{detail}}).' },
  'login-first': { params: [], zh: '请先登录。', en: 'Please log in first.' },
  'login-wrong': { params: [], zh: '用户名或密码不对，或账户已停用。', en: 'Wrong name or password, or the account is disabled.' },
  'login-throttled': { params: [], zh: '登录失败次数过多，请 15 分钟后再试。', en: 'Too many failed logins: try again in 15 minutes.' },
  'password-length': { params: [], zh: '密码需 8–1024 个字符。', en: 'The password must be 8–1024 characters.' },
  'account-exists': { params: ['name'], zh: '已有这个用户：{{name}}', en: 'The account {{name}} already exists.' },
  'account-not-found': { params: ['name'], zh: '没有这个用户：{{name}}', en: 'No such account: {{name}}' },
  'method-forbidden-for-role': { params: ['role', 'method'], zh: '{{role}} 不能调用 {{method}}。', en: 'A {{role}} may not call {{method}}.' },
  'idempotency-key-invalid': { params: [], zh: 'Idempotency-Key 须为 1–64 个可打印 ASCII 字符。', en: 'Idempotency-Key: 1–64 printable ASCII characters.' },
  'idempotency-key-reused': { params: ['method'], zh: '这个 Idempotency-Key 已用于 {{method}}。', en: 'This Idempotency-Key was used for {{method}}.' },
  'foreign-origin': { params: [], zh: '请求来自不被允许的网页来源。', en: 'The request came from a foreign origin.' },
  'no-such-route': { params: ['route'], zh: '没有这个地址：{{route}}', en: 'No such route: {{route}}' },
  'server-database-unavailable': { params: [], zh: '数据库暂时不可用，请重试。', en: 'The database is unavailable; retry.' },
  'server-internal': { params: [], zh: '服务器内部错误。', en: 'Internal server error.' },
  'story-approved-text-locked': { params: [], zh: '稿件已签发，正文不能再改。', en: 'The story is approved: its text is locked.' },
  'story-approved-no-marks': { params: [], zh: '稿件已签发，不能再加校对符号。', en: 'The story is approved: no more proof marks.' },
  'lease-lost': { params: [], zh: '编辑权已被收回或过期，没有保存。', en: 'Your editing lease was taken over or expired; not saved.' },
  'lease-held-by': { params: ['holder'], zh: '{{holder}} 正在编辑，没有保存。', en: '{{holder}} is editing it; not saved.' },
  'lease-takeover-chief-only': { params: ['holder'], zh: '只有值班总编可以收回 {{holder}} 的编辑权。', en: 'Only the chief may take over the lease of {{holder}}.' },
  'page-version-stale': {
    params: ['current', 'yours'],
    zh: '版面已被别人改过（第 {{current}} 版次，你改的是第 {{yours}} 版次），请刷新。',
    en: 'Someone changed the page (version {{current}}; you changed version {{yours}}): refresh.',
  },
  'page-approved-frozen': { params: ['page'], zh: '第{{page}}版已签发，版面不能再改；请先撤销签发。', en: 'Page {{page}} is approved: its layout cannot change; withdraw the approval first.' },
  'module-not-on-page': { params: ['id'], zh: '版面上没有这个稿件块：{{id}}', en: 'No such module on the page: {{id}}' },

  'unknown-method': { params: ['method'], zh: '没有这个接口：{{method}}', en: 'Unknown method: {{method}}' },
  'job-cancelled': { params: [], zh: '任务已取消，没有留下任何结果。', en: 'The job was cancelled; nothing of it was kept.' },
  'job-timeout': { params: [], zh: '任务超过时间上限，已停止。', en: 'The job ran over its time limit and was stopped.' },
  'job-out-of-memory': { params: [], zh: '任务超出内存上限，已停止。', en: 'The job went over its memory limit and was stopped.' },
  'job-failed': { params: [], zh: '任务没有完成。', en: 'The job did not finish.' },
  'job-failed-because': { params: ['detail'], zh: '任务没有完成：{{detail}}', en: 'The job did not finish: {{detail}}' },
  'job-not-found': { params: ['id'], zh: '没有这个任务：{{id}}', en: 'No such job: {{id}}' },
  'internal-error': { params: ['method', 'detail'], zh: 'Folio 内部出错（{{method}}）：{{detail}}', en: 'Folio failed inside ({{method}}): {{detail}}' },
  'host-needs-launch-key': {
    params: [],
    zh: '请打开 Folio 启动时给出的地址（含本次启动的密钥 /k/…/）。',
    en: 'Open the address Folio printed at launch: it carries this launch’s key (/k/…/).',
  },
  'api-post-only': { params: ['method'], zh: 'Folio 接口只接受 POST：/api/{{method}}', en: 'The Folio API takes POST only: /api/{{method}}' },
  'request-too-large': { params: ['mb'], zh: '请求内容超过 {{mb}} MB。', en: 'The request is larger than {{mb}} MB.' },
  'request-bad-json': { params: ['detail'], zh: '请求内容不是有效的 JSON（{{detail}}）。', en: 'The request is not valid JSON ({{detail}}).' },
  'api-foreign-frame': { params: [], zh: '拒绝了不是来自 Folio 窗口的接口调用。', en: 'Refused an API call from a frame that is not the app.' },
  'host-unreachable': { params: ['detail'], zh: '连不上 Folio（{{detail}}）。', en: 'Cannot reach Folio ({{detail}}).' },
  'host-bad-reply': { params: ['status'], zh: 'Folio 的回答无法读取（HTTP {{status}}）。', en: 'Folio sent an unreadable answer (HTTP {{status}}).' },
  'request-refused': { params: ['detail'], zh: '请求被拒绝：{{detail}}', en: 'The request was refused: {{detail}}' },
  // Page snapshots and the visual page diff (版面比对)
  'page-snapshot-not-found': { params: ['id'], zh: '没有这个版面快照：{{id}}', en: 'No such page snapshot: {{id}}' },
  'page-snapshot-unreadable': { params: ['id'], zh: '版面快照读不出来：{{id}}', en: 'The page snapshot cannot be read: {{id}}' },
  // 版式模板 (page masters)
  'page-master-not-found': { params: ['id'], zh: '版式模板不存在：{{id}}', en: 'No such page template: {{id}}' },
  'page-master-no-paper': { params: [], zh: '版式模板没有保存：没有指定报名。', en: 'The page template was not saved: no paper named.' },
  'page-master-invalid': { params: ['field', 'why'], zh: '版式模板无效（{{field}}）：{{why}}', en: 'The page template is invalid ({{field}}): {{why}}' },
  'page-master-name-taken': { params: ['name'], zh: '已有名为「{{name}}」的版式模板，请换一个名字。', en: 'A page template named “{{name}}” already exists: choose another name.' },
  'preflight-planned-story-missing': { params: ['page', 'title'], zh: '稿件「{{title}}」安排在第{{page}}版，但没有上版：请把它排上版面，或取消这个安排。', en: 'The story “{{title}}” is planned for page {{page}} but placed nowhere: place it on the page, or take it off the plan.' },
  'continuation-no-room': { params: ['page'], zh: '第{{page}}版已排满，没有空位放转版的稿件：请先在那一版腾出地方。', en: 'Page {{page}} is full: there is no room for the continuation. Make room on that page first.' },
  'page-master-breaks-page': { params: ['page', 'why'], zh: '第{{page}}版用这个版式模板后，{{why}}请先调整该版的稿件块。', en: 'On page {{page}} with this template, {{why}} Adjust that page’s modules first.' },
  // Tables in pasted or imported copy become text (shared/model/table-text.ts): never silently
  'paste-table-as-text': {
    params: ['tables', 'rows'],
    zh: '表格已转为 {{rows}} 段文字（{{tables}} 个表格，一行一段，单元格以“｜”分隔）：报纸正文不排表格。',
    en: 'Tables became {{rows}} paragraphs of text ({{tables}} table(s), one paragraph per row, cells separated by “｜”): a newspaper body does not set tables.',
  },
  'import-table-as-text': {
    params: ['name', 'tables', 'rows'],
    zh: '{{name}} 中的表格已转为 {{rows}} 段文字（{{tables}} 个表格，一行一段，单元格以“｜”分隔）：报纸正文不排表格。',
    en: 'The tables in {{name}} became {{rows}} paragraphs of text ({{tables}} table(s), one paragraph per row, cells separated by “｜”): a newspaper body does not set tables.',
  },
} as const satisfies Record<string, Entry>;

export const ERROR_CATALOGUE = { ...WORDS, ...DISK, ...STORE } as const satisfies Record<string, Entry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** A parameter: plain text or a number, or a coded message (or list of them) translated in the same language. */
export type ErrorParam = string | number | ErrorMessage | readonly ErrorMessage[];

/** An error as it travels: a code and its parameters (named as the catalogue says). */
export interface ErrorMessage {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, ErrorParam>>;
}

/** The parameters of one code, by name. */
export type ErrorParams<C extends ErrorCode> = { readonly [K in (typeof ERROR_CATALOGUE)[C]['params'][number]]: ErrorParam };

/** Codes that take no parameters. */

/** A typed message: `errorMessage('story-not-found', { id })`. */
export function errorMessage<C extends ErrorCode>(code: C, ...params: keyof ErrorParams<C> extends never ? [] : [ErrorParams<C>]): ErrorMessage {
  return { code, params: (params[0] ?? {}) as Record<string, ErrorParam> };
}

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, code);
}

/** The dictionary of one language: code → i18next template. */
export type ErrorDictionary = Readonly<Record<ErrorCode, string>>;

function dictionary(pick: (entry: Entry) => string): ErrorDictionary {
  return Object.fromEntries(Object.entries(ERROR_CATALOGUE).map(([code, entry]) => [code, pick(entry)])) as Record<ErrorCode, string>;
}

export const ERROR_DICTIONARIES: Readonly<Record<Locale, ErrorDictionary>> = {
  'zh-CN': dictionary((entry) => entry.zh),
  en: dictionary((entry) => entry.en),
};
