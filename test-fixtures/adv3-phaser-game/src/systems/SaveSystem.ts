import { SEASON_FOUR_WIPE } from '../config/events';

interface SaveGame { version: number; savedAt: number; level: number; gems: number }

const KEY = 'skyforge.save';
const MONTH = 30 * 24 * 3600 * 1000;
const WIPE_AT = Date.parse(SEASON_FOUR_WIPE);

export class SaveSystem {
  data: SaveGame = { version: 3, savedAt: 0, level: 1, gems: 0 };

  load() {
    const raw = localStorage.getItem(KEY);
    if (!raw) return;
    const save = JSON.parse(raw) as SaveGame;
    if (save.savedAt < WIPE_AT && Date.now() >= WIPE_AT) { // expect: js/hardcoded-expiry error
      localStorage.removeItem(KEY);
      return;
    }
    this.data = save;
    if (Date.now() - save.savedAt > 3 * MONTH) {
      this.data.gems += 100;
    }
  }

  save() {
    this.data.savedAt = Date.now();
    localStorage.setItem(KEY, JSON.stringify(this.data));
  }

  get lastSavedLabel() {
    return this.data.savedAt === 0 ? 'never' : new Date(this.data.savedAt).toLocaleString();
  }
}
