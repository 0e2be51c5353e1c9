/** The jobs cell's strings (key `jobs` in the i18n resources), zh-CN first. */
export const jobsZhCN = {
  cell: '任务',
  running: '任务 {{count}} 项进行中',
  idle: '无后台任务',
  problem: '任务出错',
  panelTitle: '后台任务',
  none: '没有正在进行的任务。',
  cancel: '取消',
  dismiss: '知道了',
  close: '关闭',
  progress: '{{done}}/{{total}}',
  progressExport: '第 {{n}}/{{total}} 版',
  state: { queued: '排队中', running: '进行中', cancelling: '正在取消…', done: '已完成', failed: '失败', cancelled: '已取消' },
  kind: {
    diff: '比较修订',
    'docx-read': '导入 Word 文档',
    export: '导出/出印版',
    backup: '备份',
    'backup-restore': '从备份恢复',
    'search-rebuild': '重建搜索索引',
    'desk-check': '稿库完整性检查',
    other: '任务',
  },
  labelExport: '第 {{pages}} 版',
};

export type JobsStrings = typeof jobsZhCN;

export const jobsEn: JobsStrings = {
  cell: 'Jobs',
  running: '{{count}} jobs running',
  idle: 'No background jobs',
  problem: 'A job failed',
  panelTitle: 'Background jobs',
  none: 'No jobs running.',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  close: 'Close',
  progress: '{{done}}/{{total}}',
  progressExport: 'Page {{n}} of {{total}}',
  state: { queued: 'Waiting', running: 'Running', cancelling: 'Cancelling…', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' },
  kind: {
    diff: 'Comparing revisions',
    'docx-read': 'Importing a Word file',
    export: 'Export / plates',
    backup: 'Backup',
    'backup-restore': 'Restoring a backup',
    'search-rebuild': 'Rebuilding the search index',
    'desk-check': 'Desk integrity check',
    other: 'Job',
  },
  labelExport: 'pages {{pages}}',
};
