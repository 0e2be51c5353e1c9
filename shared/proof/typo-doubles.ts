/**
 * Typical typo doubles (多字): a function word typed twice. Chinese reduplicates many words on purpose
 * (常常 看看 人人 渐渐 天天 谢谢 星星 妈妈), so the check flags only the doubles listed here, never “any
 * character twice”. Each entry's `except` lists longer strings in which the double is correct: a word ending in
 * the character followed by a word starting with it (目的|的, 为了|了解), or an idiom (不了了之, 的的确确).
 * Add to this list as proofreaders report misses and false alarms; keep each exception spelled in full.
 */
export interface TypoDouble {
  /** The doubled text as typed. */
  text: string;
  /** What it should read. */
  fix: string;
  /** Strings containing `text` where it is correct. */
  except: readonly string[];
}

export const TYPO_DOUBLES: readonly TypoDouble[] = [
  { text: '的的', fix: '的', except: ['的的确', '目的的', '标的的', '之的的', '打的的'] },
  { text: '了了', fix: '了', except: ['不了了之', '了了分明', '小时了了', '了了解', '了了结', '了了却', '了了如指掌', '一了了之'] },
  { text: '是是', fix: '是', except: ['是是非', '是是否', '凡是是', '但是是', '就是是', '还是是', '可是是', '总是是', '只是是', '要是是', '于是是'] },
  { text: '在在', fix: '在', except: ['现在在', '实在在', '存在在', '正在在', '所在在', '自在在', '在在皆是'] },
  {
    text: '和和',
    fix: '和',
    except: ['和和气', '和和美', '和和睦', '温和和', '平和和', '缓和和', '调和和', '柔和和', '总和和', '饱和和', '祥和和', '共和和', '随和和', '谦和和', '亲和和', '暖和和', '中和和', '融和和', '附和和'],
  },
  { text: '与与', fix: '与', except: ['参与与', '给与与', '授与与', '赋与与'] },
  { text: '被被', fix: '被', except: ['被被告', '被被子', '被被褥'] },
  { text: '也也', fix: '也', except: [] },
  { text: '我我们', fix: '我们', except: [] },
  { text: '你你们', fix: '你们', except: [] },
  { text: '他他们', fix: '他们', except: [] },
  { text: '她她们', fix: '她们', except: [] },
  { text: '它它们', fix: '它们', except: [] },
];
