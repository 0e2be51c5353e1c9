/** Error words of the newsroom: accounts, sessions, leases, the server and its connection (one part of the catalogue, ./catalogue.ts). */
import type { CatalogueEntry } from './catalogue-entry';

export const NEWSROOM_ERRORS = {
  'approval-only-by-signoff': {
    params: ['page'],
    zh: '第{{page}}版的签发状态只能通过签发或撤销签发改变（校对面板），不能直接修改。',
    en: 'The approval of page {{page}} changes only by signing it off or withdrawing it (proof panel), not directly.',
  },
  'newsroom-unreachable': { params: ['url', 'detail'], zh: '连不上新闻编辑部服务器 {{url}}（{{detail}}）。', en: 'Cannot reach the newsroom server {{url}} ({{detail}}).' },
  'newsroom-login-refused': { params: ['why'], zh: '登录被拒绝：{{why}}', en: 'Login refused: {{why}}' },
  'login-first': { params: [], zh: '请先登录。', en: 'Please log in first.' },
  'login-wrong': { params: [], zh: '用户名或密码不对，或账户已停用。', en: 'Wrong name or password, or the account is disabled.' },
  'login-throttled': { params: [], zh: '登录失败次数过多，请 15 分钟后再试。', en: 'Too many failed logins: try again in 15 minutes.' },
  'password-length': { params: [], zh: '密码需 8–1024 个字符。', en: 'The password must be 8–1024 characters.' },
  'account-exists': { params: ['name'], zh: '已有这个用户：{{name}}', en: 'The account {{name}} already exists.' },
  'account-not-found': { params: ['name'], zh: '没有这个用户：{{name}}', en: 'No such account: {{name}}' },
  'idempotency-key-invalid': { params: [], zh: 'Idempotency-Key 须为 1–64 个可打印 ASCII 字符。', en: 'Idempotency-Key: 1–64 printable ASCII characters.' },
  'idempotency-key-reused': { params: ['method'], zh: '这个 Idempotency-Key 已用于 {{method}}。', en: 'This Idempotency-Key was used for {{method}}.' },
  'server-database-unavailable': { params: [], zh: '数据库暂时不可用，请重试。', en: 'The database is unavailable; retry.' },
  'server-internal': { params: [], zh: '服务器内部错误。', en: 'Internal server error.' },
  'lease-lost': { params: [], zh: '编辑权已被收回或过期，没有保存。', en: 'Your editing lease was taken over or expired; not saved.' },
  'lease-held-by': { params: ['holder'], zh: '{{holder}} 正在编辑，没有保存。', en: '{{holder}} is editing it; not saved.' },
  'lease-takeover-chief-only': { params: ['holder'], zh: '只有值班总编可以收回 {{holder}} 的编辑权。', en: 'Only the chief may take over the lease of {{holder}}.' },
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
} as const satisfies Record<string, CatalogueEntry>;
