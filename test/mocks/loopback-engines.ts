/**
 * The `engines` settings that send every network engine to the loopback
 * server (see engine-server.ts), as the options page would store them.
 * Shared by the Chromium E2E suite and the Firefox smoke test.
 */
export function loopbackEngineSettings(baseUrl: string): Record<string, unknown> {
  return {
    microsoftEdge: { baseUrl },
    openaiCompatible: { baseUrl: `${baseUrl}/v1`, model: 'gpt-4o-mini' },
    googleFree: { baseUrl, fallbackBaseUrl: baseUrl },
    googleCloud: { baseUrl },
    azure: { baseUrl, region: '' },
    deepl: { baseUrl, formality: 'default', glossaryId: '' },
    libretranslate: { baseUrl },
  };
}
