/** Names of the stored API keys. Kept apart from secrets.ts so code that only names a key never loads the storage item. */
export const SECRET_NAMES = ['openaiCompatibleApiKey', 'deeplApiKey', 'azureApiKey', 'googleCloudApiKey', 'libretranslateApiKey'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];
