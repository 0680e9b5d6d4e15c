import { Component, Input, OnInit } from '@angular/core';
import { CONFIG, Milestones } from '../shared/config';
import { systemClock } from '../shared/clock';

@Component({
  selector: 'fleet-beta-banner',
  template: `
    <div class="banner" *ngIf="showBeta">You are using the Fleet beta. <a [href]="feedbackUrl">Feedback</a></div>
    <div class="banner warn" *ngIf="betaOver">The beta has ended. Please upgrade to continue.</div>
    <div class="muted" *ngIf="expired">Your session document expired.</div>
  `,
})
export class BetaBannerComponent implements OnInit {
  @Input() expiresAt?: string;
  showBeta = false;
  betaOver = false;
  feedbackUrl = CONFIG.beta?.feedbackUrl ?? '';

  ngOnInit(): void {
    const ends = Date.parse(CONFIG?.beta?.ends ?? '');
    this.showBeta = Date.now() < ends; // expect: js/hardcoded-expiry
    this.betaOver = new Date().valueOf() > new Date(Milestones.EXPORT_V1_END).valueOf(); // expect: js/hardcoded-expiry
  }

  get expired(): boolean {
    return !!this.expiresAt && Date.now() > Date.parse(this.expiresAt);
  }

  get useDashboardV3(): boolean {
    return systemClock.now() > Date.parse(Milestones.DASHBOARD_V3) === true; // expect: js/hardcoded-expiry
  }
}
