import Phaser from 'phaser';
import { SERVICE_SHUTDOWN } from '../config/events';

declare const __BUILD_TIME__: number;

export default class BootScene extends Phaser.Scene {
  constructor() {
    super('boot');
  }

  preload() {
    this.load.atlas('sprites', 'assets/sprites.png', 'assets/sprites.json');
    this.load.audio('theme', ['assets/theme.ogg']);
  }

  create() {
    if (+new Date() >= SERVICE_SHUTDOWN.valueOf()) { // expect: js/hardcoded-expiry error
      this.scene.start('shutdown', { message: 'Skyforge online services have ended. Thank you for playing!' });
      this.game.destroy(false);
      return;
    }
    if (Date.now() - __BUILD_TIME__ > 90 * 864e5) { // expect: js/build-age warning
      this.registry.set('showUpdateHint', true);
    }
    this.scene.start('world');
  }
}
