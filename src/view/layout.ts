// Sizes in the game world. The screen itself can be any size: see screen.ts and play-area.ts.
/** A map tile, in world pixels (the art's size). */
export const TILE = 64;
/**
 * The screen the game was first laid out for (a 16:9 laptop). The game now fills any screen;
 * only the benchmark's bare-Phaser baseline still draws at this fixed size.
 */
export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;
