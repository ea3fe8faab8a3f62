// The screens after the title, loaded as one chunk when first needed (see go-to.ts): with them
// come the rules, the level parser, checker and solver, and the level schema.
import { AchievementsScene } from './achievements-scene';
import { SCENES } from './context';
import { DiaryScene } from './diary-scene';
import { LevelSelectScene } from './level-select-scene';
import { PlayScene } from './play-scene';
import { ResultsScene } from './results-scene';

export const SCREENS: readonly (readonly [string, typeof Phaser.Scene])[] = [
  [SCENES.select, LevelSelectScene],
  [SCENES.play, PlayScene],
  [SCENES.results, ResultsScene],
  [SCENES.diary, DiaryScene],
  [SCENES.achievements, AchievementsScene],
];
