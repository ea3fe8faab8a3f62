// The whole Chinese font, as ~100 unicode-range slices a weight: only declared (by fonts.ts)
// when a text has a character the build's cut font lacks; the browser then fetches just the
// slices that text needs.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
