import enCommon from '@/locales/en/common.json';
import enContent from '@/locales/en/content.json';
import enUi from '@/locales/en/ui.json';
import zhCnCommon from '@/locales/zh-CN/common.json';
import zhCnContent from '@/locales/zh-CN/content.json';
import zhCnUi from '@/locales/zh-CN/ui.json';
import zhTwCommon from '@/locales/zh-TW/common.json';
import zhTwContent from '@/locales/zh-TW/content.json';
import zhTwUi from '@/locales/zh-TW/ui.json';

/** Every namespace of every UI language, statically imported (no HTTP loading in an extension). */
export const resources = {
  en: { common: enCommon, content: enContent, ui: enUi },
  'zh-CN': { common: zhCnCommon, content: zhCnContent, ui: zhCnUi },
  'zh-TW': { common: zhTwCommon, content: zhTwContent, ui: zhTwUi },
} as const;

/** The content script only ships what annotations need. */
export const contentResources = {
  en: { common: enCommon, content: enContent },
  'zh-CN': { common: zhCnCommon, content: zhCnContent },
  'zh-TW': { common: zhTwCommon, content: zhTwContent },
} as const;
