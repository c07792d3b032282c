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
import jaCommon from '@/locales/ja/common.json';
import jaContent from '@/locales/ja/content.json';
import jaModeration from '@/locales/ja/moderation.json';
import jaUi from '@/locales/ja/ui.json';
import koCommon from '@/locales/ko/common.json';
import koContent from '@/locales/ko/content.json';
import koModeration from '@/locales/ko/moderation.json';
import koUi from '@/locales/ko/ui.json';
import esCommon from '@/locales/es/common.json';
import esContent from '@/locales/es/content.json';
import esModeration from '@/locales/es/moderation.json';
import esUi from '@/locales/es/ui.json';

/** Every namespace of every UI language, statically imported (no HTTP loading in an extension). */
export const resources = {
  en: { common: enCommon, content: enContent, ui: enUi, moderation: enModeration },
  'zh-CN': { common: zhCnCommon, content: zhCnContent, ui: zhCnUi, moderation: zhCnModeration },
  'zh-TW': { common: zhTwCommon, content: zhTwContent, ui: zhTwUi, moderation: zhTwModeration },
  ja: { common: jaCommon, content: jaContent, ui: jaUi, moderation: jaModeration },
  ko: { common: koCommon, content: koContent, ui: koUi, moderation: koModeration },
  es: { common: esCommon, content: esContent, ui: esUi, moderation: esModeration },
} as const;

/** The content script only ships what annotations need. */
export const contentResources = {
  en: { common: enCommon, content: enContent, moderation: enModeration },
  'zh-CN': { common: zhCnCommon, content: zhCnContent, moderation: zhCnModeration },
  'zh-TW': { common: zhTwCommon, content: zhTwContent, moderation: zhTwModeration },
  ja: { common: jaCommon, content: jaContent, moderation: jaModeration },
  ko: { common: koCommon, content: koContent, moderation: koModeration },
  es: { common: esCommon, content: esContent, moderation: esModeration },
} as const;
