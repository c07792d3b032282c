import 'i18next';
import type common from '@/locales/en/common.json';
import type content from '@/locales/en/content.json';
import type moderation from '@/locales/en/moderation.json';
import type ui from '@/locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; content: typeof content; ui: typeof ui; moderation: typeof moderation };
  }
}
