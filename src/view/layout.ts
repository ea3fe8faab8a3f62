// Sizes of the game's drawing surface and its tiles.
export const GAME_WIDTH = 1280;
export const GAME_HEIGHT = 720;
export const TILE = 64;
/** Room kept free at the top for the HUD bar. */
export const HUD_HEIGHT = 72;
