import Phaser from 'phaser';
import { DateTime } from 'luxon';

const LAUNCH_PARTY_END = DateTime.fromISO('2026-09-30T00:00:00Z');

export class Hud {
  private label: Phaser.GameObjects.Text;
  private slowFrames = 0;

  constructor(scene: Phaser.Scene) {
    const year = new Date().getFullYear();
    this.label = scene.add.text(8, 8, `Skyforge © ${year} Kestrel Games`, { fontSize: '12px' });
    if (DateTime.now() <= LAUNCH_PARTY_END) { // expect: js/hardcoded-expiry
      scene.add.image(400, 40, 'sprites', 'launch-party-banner');
    }
    if (new Date() >= new Date('2028')) { // expect: js/hardcoded-expiry
      scene.add.text(8, 24, 'Skyforge 2 is out now!', { fontSize: '12px' });
    }
  }

  update(delta: number) {
    if (delta > 50) this.slowFrames++;
  }

  flagSlowFrame() {
    this.slowFrames++;
  }
}
