// Lets Node run the TypeScript sources directly (it strips the types): an import written `./x.js`,
// as the sources write them for the bundler, resolves to `./x.ts` when only that exists.
// Usage: node --import ./test/support/ts-resolve.mjs file.ts
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const source = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(source))) return next(source.href, context);
    }
    return next(specifier, context);
  },
});
