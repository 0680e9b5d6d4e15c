import Phaser from 'phaser';
import { COOLDOWNS, LIMITED_EVENTS, Season } from '../config/events';
import { SaveSystem } from '../systems/SaveSystem';
import { Hud } from '../ui/Hud';

export default class WorldScene extends Phaser.Scene {
  private lastShot = 0;
  private lastDash = -Infinity;
  private hud!: Hud;
  private saves = new SaveSystem();
  private frameStart = 0;

  constructor() {
    super('world');
  }

  create() {
    this.hud = new Hud(this);
    this.saves.load();
    const today = new Date();
    if (today.getMonth() === 9 && today.getDate() >= 24) { // expect: js/calendar-check
      this.spawnPumpkins();
    }
    const weekend = [0, 6].includes(new Date().getDay()); // expect: js/calendar-check
    this.registry.set('xpMultiplier', weekend ? 2 : 1);

    const t = Date.now();
    const annivOpen =
      t >= LIMITED_EVENTS.anniversary.start && // expect: js/hardcoded-expiry warning
      t < LIMITED_EVENTS.anniversary.end; // expect: js/hardcoded-expiry warning
    if (annivOpen) this.spawnCake();

    const { lunar } = LIMITED_EVENTS;
    if (Date.now() > lunar.end) { // expect: js/hardcoded-expiry warning
      this.registry.set('lunarShopItems', []);
    }

    this.registry.set('season', Date.now() < Date.parse('2027-04-01') ? Season.Three : Season.Four); // expect: js/hardcoded-expiry warning
  }

  update(time: number, delta: number) {
    this.frameStart = performance.now();
    const keys = this.input.keyboard!.createCursorKeys();
    if (keys.space.isDown && time - this.lastShot > COOLDOWNS.shot) {
      this.lastShot = time;
      this.fire();
    }
    if (keys.shift.isDown && this.time.now - this.lastDash > COOLDOWNS.dash) {
      this.lastDash = this.time.now;
    }
    this.hud.update(delta);
    if (performance.now() - this.frameStart > 16) this.hud.flagSlowFrame();
  }

  private fire() {}
  private spawnPumpkins() {}
  private spawnCake() {}
}
