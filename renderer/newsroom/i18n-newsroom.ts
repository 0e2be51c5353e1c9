/** The newsroom connection's strings (key `newsroom` in the i18n resources), zh-CN first. */
export const newsroomZhCN = {
  single: '单机',
  connectLink: '连接编辑部…',
  state: { online: '在线', offline: '离线', connecting: '正在连接' },
  outbox: '待发送 {{count}}',
  conflicts: '冲突 {{count}}',
  rejected: '被拒 {{count}}',
  offlineHint: '连不上编辑部服务器：可以继续编辑，恢复连接后自动发送。',
  holder: '{{name}} 正在编辑',
  dialog: {
    title: '连接编辑部服务器',
    hint: '不连接也能单机工作。连接后稿件在服务器上共享，断网时本机照常编辑，联网后自动同步。',
    url: '服务器地址',
    name: '用户名',
    password: '密码',
    connect: '连接',
    disconnect: '断开连接',
    connectedAs: '已连接 {{server}}，用户 {{user}}（{{role}}）',
    failed: '连接失败：{{message}}',
  },
};

export const newsroomEn: typeof newsroomZhCN = {
  single: 'Single desk',
  connectLink: 'Connect to a newsroom…',
  state: { online: 'Online', offline: 'Offline', connecting: 'Connecting' },
  outbox: '{{count}} to send',
  conflicts: '{{count}} conflicts',
  rejected: '{{count}} refused',
  offlineHint: 'The newsroom server cannot be reached: keep editing; changes are sent when it is back.',
  holder: '{{name}} is editing',
  dialog: {
    title: 'Connect to a newsroom server',
    hint: 'Folio works on its own without one. Connected, stories are shared on the server; offline, this desk keeps editing and syncs when the network is back.',
    url: 'Server URL',
    name: 'User name',
    password: 'Password',
    connect: 'Connect',
    disconnect: 'Disconnect',
    connectedAs: 'Connected to {{server}} as {{user}} ({{role}})',
    failed: 'Could not connect: {{message}}',
  },
};
