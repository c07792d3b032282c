import enCommon from '@/locales/en/common.json';
import enContent from '@/locales/en/content.json';
import enModeration from '@/locales/en/moderation.json';
import enUi from '@/locales/en/ui.json';
import zhCnCommon from '@/locales/zh-CN/common.json';
import zhCnContent from '@/locales/zh-CN/content.json';
import zhCnModeration from '@/locales/zh-CN/moderation.json';
import zhCnUi from '@/locales/zh-CN/ui.json';
import zhTwCommon from '@/locales/zh-TW/common.json';
import zhTwContent from '@/locales/zh-TW/content.json';
import zhTwModeration from '@/locales/zh-TW/moderation.json';
import zhTwUi from '@/locales/zh-TW/ui.json';

/** Every namespace of every UI language, statically imported (no HTTP loading in an extension). */
export const resources = {
  en: { common: enCommon, content: enContent, ui: enUi, moderation: enModeration },
  'zh-CN': { common: zhCnCommon, content: zhCnContent, ui: zhCnUi, moderation: zhCnModeration },
  'zh-TW': { common: zhTwCommon, content: zhTwContent, ui: zhTwUi, moderation: zhTwModeration },
} as const;

/** The content script only ships what annotations need. */
export const contentResources = {
  en: { common: enCommon, content: enContent, moderation: enModeration },
  'zh-CN': { common: zhCnCommon, content: zhCnContent, moderation: zhCnModeration },
  'zh-TW': { common: zhTwCommon, content: zhTwContent, moderation: zhTwModeration },
} as const;
