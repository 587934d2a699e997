/** What a development build imports: the same runtime (jsx-runtime.ts). */
export * from './jsx-runtime';
