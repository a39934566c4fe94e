/** The popup's view of the browser in unit tests: host access granted, messages as their keys. */
export const browserApiMock = {
  TARGET_BROWSER: 'chrome',
  browser: {
    permissions: {
      contains: async () => true,
      onAdded: { addListener() {}, removeListener() {} },
      onRemoved: { addListener() {}, removeListener() {} },
    },
  },
  t: (key: string, subs?: string | string[]) =>
    `${key}${subs ? `:${[subs].flat().join(',')}` : ''}`,
};
