// A build plugin: puts the Content-Security-Policy in the built game's index.html. Only for
// builds, because the dev server injects inline scripts (the HMR client) that it would block.
import type { Plugin } from 'vite';

/**
 * Only this origin: no inline script, no eval, no other hosts. Images, fonts and sounds may
 * also come from data: and blob: URLs, which the game makes itself (Phaser's textures, small
 * inlined assets, Howler's audio checks). The service worker (offline play) and the web manifest
 * come from this origin too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'good-deeds-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Right after the charset, which must come first, and before any script or style.
      handler(html) {
        const charset = /<meta charset="[^"]*" \/>/i;
        if (!charset.test(html)) throw new Error('index.html has no <meta charset> to follow');
        return html.replace(charset, (m) => `${m}\n    ${tag}`);
      },
    },
  };
}
