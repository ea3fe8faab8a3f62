// Phaser 4 cut to the parts the game uses: its official core build (phaser/src/phaser-core.js)
// plus Container, the Rectangle shape and Geom.Rectangle, and without Phaser's sound system (the
// game's sound is Howler's). In builds, scripts/vite-phaser.ts points `import Phaser from
// 'phaser'` here (and sets Phaser's build switches), so the browser downloads, compiles and runs
// about half of Phaser before the first screen. Types still come from the phaser package.
// Anything of Phaser used later must be added below (tests/unit/phaser-cut.test.ts checks).
'use strict';

require('../../node_modules/phaser/src/polyfills/requestVideoFrame');

var CONST = require('../../node_modules/phaser/src/const');
var Extend = require('../../node_modules/phaser/src/utils/object/Extend');

var Phaser = {
  Animations: require('../../node_modules/phaser/src/animations'),
  BlendModes: require('../../node_modules/phaser/src/renderer/BlendModes'),
  Cache: require('../../node_modules/phaser/src/cache'),
  Cameras: { Scene2D: require('../../node_modules/phaser/src/cameras/2d') },
  Core: require('../../node_modules/phaser/src/core'),
  Class: require('../../node_modules/phaser/src/utils/Class'),
  Data: require('../../node_modules/phaser/src/data'),
  Display: { Masks: require('../../node_modules/phaser/src/display/mask') },
  DOM: require('../../node_modules/phaser/src/dom'),
  Events: require('../../node_modules/phaser/src/events'),
  Filters: require('../../node_modules/phaser/src/filters'),
  Game: require('../../node_modules/phaser/src/core/Game'),
  GameObjects: {
    DisplayList: require('../../node_modules/phaser/src/gameobjects/DisplayList'),
    GameObjectCreator: require('../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
    GameObjectFactory: require('../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
    UpdateList: require('../../node_modules/phaser/src/gameobjects/UpdateList'),
    Components: require('../../node_modules/phaser/src/gameobjects/components'),
    BuildGameObject: require('../../node_modules/phaser/src/gameobjects/BuildGameObject'),
    BuildGameObjectAnimation: require('../../node_modules/phaser/src/gameobjects/BuildGameObjectAnimation'),
    GameObject: require('../../node_modules/phaser/src/gameobjects/GameObject'),
    Container: require('../../node_modules/phaser/src/gameobjects/container/Container'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
    Image: require('../../node_modules/phaser/src/gameobjects/image/Image'),
    Layer: require('../../node_modules/phaser/src/gameobjects/layer/Layer'),
    Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle'),
    Sprite: require('../../node_modules/phaser/src/gameobjects/sprite/Sprite'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/Text'),
    Factories: {
      Container: require('../../node_modules/phaser/src/gameobjects/container/ContainerFactory'),
      Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
      Image: require('../../node_modules/phaser/src/gameobjects/image/ImageFactory'),
      Layer: require('../../node_modules/phaser/src/gameobjects/layer/LayerFactory'),
      Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory'),
      Sprite: require('../../node_modules/phaser/src/gameobjects/sprite/SpriteFactory'),
      Text: require('../../node_modules/phaser/src/gameobjects/text/TextFactory'),
    },
    Creators: {
      Container: require('../../node_modules/phaser/src/gameobjects/container/ContainerCreator'),
      Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
      Image: require('../../node_modules/phaser/src/gameobjects/image/ImageCreator'),
      Layer: require('../../node_modules/phaser/src/gameobjects/layer/LayerCreator'),
      Sprite: require('../../node_modules/phaser/src/gameobjects/sprite/SpriteCreator'),
      Text: require('../../node_modules/phaser/src/gameobjects/text/TextCreator'),
    },
  },
  Geom: { Rectangle: require('../../node_modules/phaser/src/geom/rectangle') },
  Input: require('../../node_modules/phaser/src/input'),
  Loader: {
    FileTypes: {
      AtlasJSONFile: require('../../node_modules/phaser/src/loader/filetypes/AtlasJSONFile'),
      ImageFile: require('../../node_modules/phaser/src/loader/filetypes/ImageFile'),
      JSONFile: require('../../node_modules/phaser/src/loader/filetypes/JSONFile'),
      SpriteSheetFile: require('../../node_modules/phaser/src/loader/filetypes/SpriteSheetFile'),
    },
    File: require('../../node_modules/phaser/src/loader/File'),
    FileTypesManager: require('../../node_modules/phaser/src/loader/FileTypesManager'),
    GetURL: require('../../node_modules/phaser/src/loader/GetURL'),
    LoaderPlugin: require('../../node_modules/phaser/src/loader/LoaderPlugin'),
    MergeXHRSettings: require('../../node_modules/phaser/src/loader/MergeXHRSettings'),
    MultiFile: require('../../node_modules/phaser/src/loader/MultiFile'),
    XHRLoader: require('../../node_modules/phaser/src/loader/XHRLoader'),
    XHRSettings: require('../../node_modules/phaser/src/loader/XHRSettings'),
  },
  Math: {
    Between: require('../../node_modules/phaser/src/math/Between'),
    DegToRad: require('../../node_modules/phaser/src/math/DegToRad'),
    FloatBetween: require('../../node_modules/phaser/src/math/FloatBetween'),
    RadToDeg: require('../../node_modules/phaser/src/math/RadToDeg'),
    Vector2: require('../../node_modules/phaser/src/math/Vector2'),
  },
  Plugins: require('../../node_modules/phaser/src/plugins'),
  Renderer: require('../../node_modules/phaser/src/renderer'),
  Scale: require('../../node_modules/phaser/src/scale'),
  ScaleModes: require('../../node_modules/phaser/src/renderer/ScaleModes'),
  Scene: require('../../node_modules/phaser/src/scene/Scene'),
  Scenes: require('../../node_modules/phaser/src/scene'),
  Structs: require('../../node_modules/phaser/src/structs'),
  Textures: require('../../node_modules/phaser/src/textures'),
  Time: require('../../node_modules/phaser/src/time'),
  TintModes: require('../../node_modules/phaser/src/renderer/TintModes'),
  Tweens: require('../../node_modules/phaser/src/tweens'),
};

module.exports = Extend(false, Phaser, CONST);
