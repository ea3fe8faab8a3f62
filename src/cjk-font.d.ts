// The Chinese font cut to the game's characters (scripts/vite-cjk-font.ts).
declare module 'virtual:cjk-font' {
  /** True when the whole font is declared (the dev server), so every character is covered. */
  export const complete: boolean;
  /** Every character the cut font holds, beyond ASCII. */
  export const covered: string;
}
