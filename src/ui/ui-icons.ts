// URLs of the interface icons (hashed by the build).
import glowingStar from '../../assets/ui/glowing-star.svg?url';
import redStar from '../../assets/ui/red-star.svg?url';
import star from '../../assets/ui/star.svg?url';
import locked from '../../assets/ui/locked.svg?url';
import speaker from '../../assets/ui/speaker-high-volume.svg?url';
import muted from '../../assets/ui/muted-speaker.svg?url';
import play from '../../assets/ui/play-button.svg?url';
import pause from '../../assets/ui/pause-button.svg?url';
import retry from '../../assets/ui/counterclockwise-arrows-button.svg?url';
import next from '../../assets/ui/right-arrow.svg?url';
import house from '../../assets/ui/house.svg?url';
import heart from '../../assets/ui/red-heart.svg?url';
import check from '../../assets/ui/check-mark-button.svg?url';
import stopwatch from '../../assets/ui/stopwatch.svg?url';
import sparkles from '../../assets/ui/sparkles.svg?url';
import logo from '../../assets/ui/logo.svg?url';
import memo from '../../assets/ui/memo.svg?url';
import trophy from '../../assets/ui/trophy.svg?url';
import smile from '../../assets/ui/smiling-face-with-smiling-eyes.svg?url';

export const UI_ICONS = {
  glowingStar,
  star,
  redStar,
  locked,
  speaker,
  muted,
  play,
  pause,
  retry,
  next,
  house,
  heart,
  check,
  stopwatch,
  sparkles,
  logo,
  memo,
  trophy,
  /** "Who's playing?" when the player has chosen no picture (profile-label.ts). */
  smile,
};
