import { defineComponent } from 'vue';

const TRIAL_END = new Date('2027-01-15T00:00:00Z').getTime();

export default defineComponent({
  name: 'TrialNotice',
  props: {
    endsAt: { type: String, required: false },
  },
  data() {
    return { tick: Date.now(), timer: 0 as unknown as ReturnType<typeof setInterval> };
  },
  computed: {
    trialOver(): boolean {
      return Date.now() > TRIAL_END; // expect: js/hardcoded-expiry error
    },
    serverTrialOver(): boolean {
      return !!this.endsAt && this.tick > Date.parse(this.endsAt);
    },
    isFriday(): boolean {
      return new Date().getDay() === 5; // expect: js/calendar-check
    },
  },
  mounted() {
    this.timer = setInterval(() => { this.tick = Date.now(); }, 1000);
  },
  unmounted() {
    clearInterval(this.timer);
  },
  template: `<p v-if="trialOver">Your trial has ended.</p><p v-else-if="isFriday">Have a nice weekend!</p>`,
});
