// The name of the dev-server message that carries a saved level file to the running game.
export const LEVEL_EVENT = 'good-deeds:level-saved';
